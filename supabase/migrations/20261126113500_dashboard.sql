-- What the dashboard reads: lead counts per status, the funnel of a period, response times.
-- Views are security_invoker and functions security invoker, so RLS applies to the caller.
-- The functions take an optional consultant id: a signed-in consultant leaves it out (its
-- own auth.uid() is used; another id yields nothing under RLS), the service passes one.

create or replace function public.lead_status_counts(consultant uuid default null)
returns table (status text, stage integer, total bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select s.status, s.stage::integer, count(l.id)
    from unnest(array['novo', 'em_atendimento', 'qualificado', 'agendado', 'proposta', 'ganho',
                      'perdido']) with ordinality as s (status, stage)
    left join public.leads l
      on l.status = s.status and l.consultant_id = coalesce(consultant, (select auth.uid()))
   group by s.status, s.stage
   order by s.stage
$$;

comment on function public.lead_status_counts(uuid) is
  'Number of leads in each pipeline status (every status listed, zeros included).';

-- How far the leads created in [period_start, period_end) got: a lead counts for every stage up
-- to the furthest one it ever reached (history or current status); perdido is counted apart.
create or replace function public.lead_funnel(
  period_start timestamptz,
  period_end timestamptz,
  consultant uuid default null
)
returns table (stage text, stage_order integer, leads bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  with stages (stage, stage_order) as (
    values ('novo', 1), ('em_atendimento', 2), ('qualificado', 3), ('agendado', 4),
           ('proposta', 5), ('ganho', 6)
  ),
  cohort as (
    select l.id, l.status
      from public.leads l
     where l.consultant_id = coalesce(consultant, (select auth.uid()))
       and l.created_at >= period_start and l.created_at < period_end
  ),
  reached as (
    select c.id, c.status, coalesce(max(st.stage_order), 1) as furthest
      from cohort c
      left join lateral (
        select c.status as status
        union all
        select h.to_status from public.lead_status_history h where h.lead_id = c.id
      ) seen on true
      left join stages st on st.stage = seen.status
     group by c.id, c.status
  )
  select st.stage, st.stage_order, count(r.id) filter (where r.furthest >= st.stage_order)
    from stages st cross join reached r
   group by st.stage, st.stage_order
  union all
  select 'perdido', 7, count(*) filter (where r.status = 'perdido') from reached r
  union all
  -- Stages with no lead at all still appear, with zero.
  select st.stage, st.stage_order, 0 from stages st where not exists (select 1 from reached)
  order by 2
$$;

comment on function public.lead_funnel(timestamptz, timestamptz, uuid) is
  'Funnel of the leads created in a period: how many reached each stage.';

create or replace function public.leads_per_period(
  period_start timestamptz,
  period_end timestamptz,
  bucket text default 'day',
  time_zone text default 'America/Sao_Paulo',
  consultant uuid default null
)
returns table (period date, created bigint, qualified bigint, won bigint, lost bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if bucket not in ('day', 'week', 'month') then
    raise exception 'bucket must be day, week or month' using errcode = '22023';
  end if;
  return query
  select date_trunc(bucket, l.created_at at time zone time_zone)::date,
         count(*),
         count(*) filter (where l.status in ('qualificado', 'agendado', 'proposta', 'ganho')
                            or exists (select 1 from public.lead_status_history h
                                        where h.lead_id = l.id and h.to_status = 'qualificado')),
         count(*) filter (where l.status = 'ganho'),
         count(*) filter (where l.status = 'perdido')
    from public.leads l
   where l.consultant_id = coalesce(consultant, (select auth.uid()))
     and l.created_at >= period_start and l.created_at < period_end
   group by 1
   order by 1;
end
$$;

comment on function public.leads_per_period(timestamptz, timestamptz, text, text, uuid) is
  'Leads created per day/week/month (local time), and how many qualified, won, lost.';

-- First reply time of each conversation: from the lead's first message to the first outbound
-- message after it, and to the first message the consultant wrote by hand.
create view public.conversation_response_times
with (security_invoker = true)
as
select c.id as conversation_id,
       c.consultant_id,
       c.lead_id,
       first_in.created_at as first_inbound_at,
       first_out.created_at as first_reply_at,
       extract(epoch from first_out.created_at - first_in.created_at)::numeric(12, 3)
         as first_reply_seconds,
       first_human.created_at as first_human_reply_at,
       extract(epoch from first_human.created_at - first_in.created_at)::numeric(12, 3)
         as first_human_reply_seconds
  from public.conversations c
  cross join lateral (
    select m.created_at from public.messages m
     where m.conversation_id = c.id and m.direction = 'in'
     order by m.created_at limit 1
  ) first_in
  left join lateral (
    select m.created_at from public.messages m
     where m.conversation_id = c.id and m.direction = 'out' and m.created_at >= first_in.created_at
     order by m.created_at limit 1
  ) first_out on true
  left join lateral (
    select m.created_at from public.messages m
     where m.conversation_id = c.id and m.author = 'consultant'
       and m.created_at >= first_in.created_at
     order by m.created_at limit 1
  ) first_human on true;

comment on view public.conversation_response_times is
  'Per conversation: seconds from the lead''s first message to the first reply (bot or human).';

create or replace function public.response_times(
  period_start timestamptz,
  period_end timestamptz,
  consultant uuid default null
)
returns table (
  conversations bigint,
  answered bigint,
  avg_reply_seconds numeric,
  p50_reply_seconds numeric,
  p90_reply_seconds numeric,
  human_answered bigint,
  avg_human_reply_seconds numeric
)
language sql
stable
security invoker
set search_path = ''
as $$
  select count(*),
         count(r.first_reply_seconds),
         round(avg(r.first_reply_seconds), 3),
         round((percentile_cont(0.5) within group (order by r.first_reply_seconds))::numeric, 3),
         round((percentile_cont(0.9) within group (order by r.first_reply_seconds))::numeric, 3),
         count(r.first_human_reply_seconds),
         round(avg(r.first_human_reply_seconds), 3)
    from public.conversation_response_times r
   where r.consultant_id = coalesce(consultant, (select auth.uid()))
     and r.first_inbound_at >= period_start and r.first_inbound_at < period_end
$$;

comment on function public.response_times(timestamptz, timestamptz, uuid) is
  'First-reply times of conversations started in a period: average, median, p90.';

-- Accent-insensitive search by name or number for the signed-in consultant. Clients may also
-- filter leads.search_text with ilike themselves; this normalizes the term server-side.
create or replace function public.search_leads(term text, max_rows integer default 50)
returns setof public.leads
language sql
stable
security invoker
set search_path = ''
as $$
  select l.*
    from public.leads l
   where l.consultant_id = (select auth.uid())
     and l.search_text like '%' || regexp_replace(public.search_normalize(
           case when btrim(term) ~ '^[+0-9 ().-]+$' then regexp_replace(term, '[^0-9]', '', 'g')
                else btrim(term) end), '([\\%_])', '\\\1', 'g') || '%'
   order by l.last_message_at desc
   limit least(greatest(max_rows, 1), 200)
$$;

comment on function public.search_leads(text, integer) is
  'Leads of the signed-in consultant whose name or number contains the term (accents ignored).';

revoke all on table public.conversation_response_times from anon, authenticated;
grant select on table public.conversation_response_times to authenticated;

revoke execute on function public.lead_status_counts(uuid) from public, anon;
revoke execute on function public.lead_funnel(timestamptz, timestamptz, uuid) from public, anon;
revoke execute on function public.leads_per_period(timestamptz, timestamptz, text, text, uuid)
  from public, anon;
revoke execute on function public.response_times(timestamptz, timestamptz, uuid) from public, anon;
revoke execute on function public.search_leads(text, integer) from public, anon;
grant execute on function public.lead_status_counts(uuid),
  public.lead_funnel(timestamptz, timestamptz, uuid),
  public.leads_per_period(timestamptz, timestamptz, text, text, uuid),
  public.response_times(timestamptz, timestamptz, uuid),
  public.search_leads(text, integer)
  to authenticated, service_role;
