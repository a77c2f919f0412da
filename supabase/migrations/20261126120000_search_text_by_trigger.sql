-- leads.search_text becomes a trigger-maintained column instead of a stored generated one.
--
-- leads has REPLICA IDENTITY FULL so Realtime can send old records. PostgreSQL 18 does not
-- publish generated columns by default and then refuses every UPDATE of a table whose
-- replica identity contains one ("cannot update table"), which broke the embedded server
-- devstack falls back to. A column kept by a BEFORE trigger behaves the same on 15 to 18.

alter table public.leads drop column search_text;
alter table public.leads add column search_text text;

comment on column public.leads.search_text is
  'Accent-free lower-case name plus phone, kept by a trigger. '
  'Filter with ilike.*<search_normalize(term)>*.';

create or replace function public.leads_set_search_text()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- Recomputed on every write, so a value sent by a client is never kept.
  new.search_text := public.search_normalize(new.name) || ' ' || new.phone;
  return new;
end;
$$;

revoke execute on function public.leads_set_search_text() from public, anon, authenticated;

create trigger leads_search_text
  before insert or update on public.leads
  for each row execute function public.leads_set_search_text();

update public.leads set search_text = public.search_normalize(name) || ' ' || phone;

create index leads_search_trgm_idx
  on public.leads using gin (search_text extensions.gin_trgm_ops);
