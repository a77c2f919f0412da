-- LGPD: erasing a lead erases every row about them, and a lead's opt-out binds the consultant.

-- Notifications about a lead name them in subject and payload ("Maria qualificou..."), so
-- deleting the lead deletes them too instead of keeping them with lead_id cleared.
alter table public.notifications drop constraint notifications_lead_fkey;
alter table public.notifications add constraint notifications_lead_fkey
  foreign key (lead_id, consultant_id)
  references public.leads (id, consultant_id) on delete cascade;

-- Only the lead withdraws an opt-out (by writing to us; the service records it). A consultant
-- may record an opt-out the lead made elsewhere, but never clear or move one.
create or replace function public.guard_lead_opt_out()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.opted_out_at is not null
     and new.opted_out_at is distinct from old.opted_out_at
     and current_user in ('authenticated', 'anon') then
    raise exception 'O lead pediu para não ser contatado; só ele pode desfazer esse pedido.'
      using errcode = '42501';
  end if;
  return new;
end
$$;

comment on function public.guard_lead_opt_out() is
  'Trigger: API users cannot clear or change a lead''s opted_out_at once set.';

revoke execute on function public.guard_lead_opt_out() from public, anon, authenticated;

create trigger leads_guard_opt_out
  before update of opted_out_at on public.leads
  for each row execute function public.guard_lead_opt_out();

-- A consultant's manual messages are not queued to a lead who opted out.
drop policy messages_insert_own_outbound on public.messages;
create policy messages_insert_own_outbound on public.messages
  for insert to authenticated
  with check (
    consultant_id = (select auth.uid())
    and direction = 'out' and author = 'consultant' and status = 'queued'
    and not exists (
      select 1 from public.leads l where l.id = lead_id and l.opted_out_at is not null
    )
  );
