"""Supabase Realtime for devstack: `/realtime/v1/websocket` (Phoenix channels).

`postgres_changes` come from logical decoding of the `supabase_realtime` publication and are
filtered per subscriber by row level security; broadcast and presence are relayed in memory.
"""

from __future__ import annotations

from devstack.realtime.component import RealtimeComponent, create

__all__ = ["RealtimeComponent", "create"]
