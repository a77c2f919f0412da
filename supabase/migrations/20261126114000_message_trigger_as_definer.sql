-- A consultant's own outbound message must bump its lead's last_message_at, a column the
-- consultant may not write directly: run the bookkeeping trigger as its owner. It touches
-- only the lead and conversation of the inserted row, which RLS and the composite foreign
-- keys have already tied to the same consultant.
alter function public.on_message_inserted() security definer;
