from mission_cli.cli import main

main()
