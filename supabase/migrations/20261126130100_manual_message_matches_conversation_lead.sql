-- A consultant's manual message must be addressed to the lead of its conversation: otherwise
-- `lead_id` could name a lead who did not opt out while the conversation (the one the worker
-- answers) belongs to one who did, slipping past the opt-out check.
drop policy messages_insert_own_outbound on public.messages;
create policy messages_insert_own_outbound on public.messages
  for insert to authenticated
  with check (
    consultant_id = (select auth.uid())
    and direction = 'out' and author = 'consultant' and status = 'queued'
    and exists (
      select 1
        from public.conversations c
        join public.leads l on l.id = c.lead_id
       where c.id = conversation_id and c.lead_id = lead_id and l.opted_out_at is null
    )
  );
