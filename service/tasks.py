"""Background jobs run by the worker.

Tasks are declared on this blueprint so that nothing is built at import time; the queue
app built in `service.queue` adds them under the `consultor` namespace.
"""

from __future__ import annotations

import procrastinate

blueprint = procrastinate.Blueprint()
