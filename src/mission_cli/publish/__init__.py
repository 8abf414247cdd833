"""``mission publish``: a trip's calendars on a CalDAV server (Nextcloud, Radicale,
Baïkal, SOGo, Fastmail, iCloud), one per delegate and one for the programme, so that a
change reaches the phones subscribed to them without anyone sending a file.

The engine, without the command line (it never imports Typer or Rich):

- ``sync.publish`` publishes ``plan.CalendarToPublish`` items and returns a
  ``sync.Summary`` (``as_json()`` is the document of ``--format json``);
- ``credentials.credentials_for`` finds the password (environment or ``~/.netrc``);
- ``errors.PublishError`` is every failure, in one line fit to print;
- ``http`` (the HTTP client), ``auth`` (Basic and Digest), ``davxml`` (WebDAV's XML),
  ``dav`` (the CalDAV requests and discovery), ``plan`` (what to send) and ``state``
  (what was sent) carry it.
"""
