"""Entry script of the frozen app: the same bindguard.cli.main as `python -m bindguard`.

BINDGUARD_FROZEN_SELFTEST=1 instead prints a JSON report of what only the bundle can get wrong
(resources under sys._MEIPASS, Qt's own Chinese translations, image/print/input plugins, segno,
cryptography, the restored loader environment); packaging/smoke.py runs it. It is an environment
variable rather than a CLI option so the user-facing command line stays that of bindguard.cli.

`--speech-worker` as the first argument runs read aloud's worker process instead (issue 25; started by
bindguard/ui/widgets/read_aloud.py with this same executable): no window, only QtCore and QtTextToSpeech.
"""

import os
import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--speech-worker"]:  # before anything of the window is built
        from bindguard.ui.speech_worker import main as speech_worker

        raise SystemExit(speech_worker(sys.argv[2:]))
    if os.environ.get("BINDGUARD_FROZEN_SELFTEST") == "1":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from frozen_selftest import main as selftest

        raise SystemExit(selftest())
    from bindguard.cli import main

    raise SystemExit(main())
