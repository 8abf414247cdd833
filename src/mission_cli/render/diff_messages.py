"""``mission diff --per-delegate``: one short message per delegate whose programme
changed, in Markdown and the trip's language, ready to paste into an e-mail."""

from __future__ import annotations

from mission_cli.render.markdown import md
from mission_cli.views.diff.by_delegate import DelegateChanges
from mission_cli.views.diff.view import DiffView
from mission_cli.words.labels import label

_PARTS = (("added", "msg_added"), ("removed", "msg_removed"), ("changed", "msg_changed"))


def render_delegate_message(view: DiffView, section: DelegateChanges) -> str:
    lang = view.lang
    colon = label(lang, "colon")
    title = view.title.split(colon, 1)[-1]
    out = [
        f"**{md(label(lang, 'msg_subject', title=title))}**",
        "",
        md(label(lang, "msg_greeting", name=section.name)),
        "",
        md(label(lang, "msg_intro")),
    ]
    for kind, heading in _PARTS:
        lines = [line for day in section.days for line in day.lines if line.kind == kind]
        if not lines:
            continue
        out += ["", f"### {md(label(lang, heading))}", ""]
        for line in lines:
            out.append(f"- {md(line.when)}{colon}{md(line.title)}")
            out += [f"  - {md(detail)}" for detail in line.details]
    out += ["", md(label(lang, "msg_closing"))]
    return "\n".join(out) + "\n"
