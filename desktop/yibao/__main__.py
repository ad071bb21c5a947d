"""``python -m yibao``."""

from yibao.app import main

raise SystemExit(main())
