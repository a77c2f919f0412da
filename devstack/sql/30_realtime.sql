-- Realtime (devstack): helpers the gateway's change fan-out calls as the superuser.
-- Idempotent: devstack applies every file in this folder on each `up`.

create schema if not exists devstack_realtime;
revoke all on schema devstack_realtime from public;

-- For each subscriber (role + JWT claims), run `query` (a `select exists(...)` over the changed
-- row, given as text values in $1) as that role with `request.jwt.claims` set, like PostgREST
-- does, so row level security decides. A subscriber whose check fails sees nothing.
create or replace function devstack_realtime.visible_to(
  query text, vals text[], roles text[], claims text[]
) returns boolean[]
language plpgsql volatile
as $$
declare
  result boolean[] := '{}';
  seen boolean;
  i int;
begin
  for i in 1 .. coalesce(array_length(roles, 1), 0) loop
    seen := false;
    begin
      perform set_config('role', roles[i], true),
              set_config('request.jwt.claims', claims[i], true),
              set_config('request.jwt.claim.sub', coalesce(claims[i]::jsonb ->> 'sub', ''), true),
              set_config('request.jwt.claim.role', roles[i], true);
      execute query into seen using vals;
      perform set_config('role', 'none', true);
    exception when others then
      seen := false;
    end;
    result := result || coalesce(seen, false);
  end loop;
  perform set_config('role', 'none', true);
  return result;
end
$$;

revoke all on function devstack_realtime.visible_to(text, text[], text[], text[]) from public;
