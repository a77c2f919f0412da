-- Tables the dashboard shows live. Realtime delivers each change only to subscribers whose
-- RLS lets them select the row.
alter publication supabase_realtime
  add table public.leads, public.conversations, public.messages, public.lead_status_history,
            public.notifications;

-- Full old rows on update/delete for the small, often-updated tables, so a change event can be
-- checked against consultant_id; messages (large, append-mostly) keep the default identity.
alter table public.leads replica identity full;
alter table public.conversations replica identity full;
