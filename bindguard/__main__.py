from bindguard.cli import main

raise SystemExit(main())
