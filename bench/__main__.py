"""`python -m bench`: the one entry point of the benchmark."""

from bench.run import main

raise SystemExit(main())
