"""devstack: a Docker-free, drop-in replacement for `supabase start`.

A real PostgreSQL plus one gateway process serving Supabase's wire formats
(`/auth/v1`, `/rest/v1`, `/realtime/v1`, `/storage/v1`) on 127.0.0.1:54321, so the
official, unmodified Supabase clients work locally and in CI.
"""
