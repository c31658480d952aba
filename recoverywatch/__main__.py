from recoverywatch.cli import main

main()
