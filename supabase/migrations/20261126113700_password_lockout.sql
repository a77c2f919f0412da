-- Account lockout through Supabase Auth's password verification attempt hook
-- ([auth.hook.password_verification_attempt] in supabase/config.toml).
-- After 5 failed attempts in a row, every sign-in with password is refused for 15 minutes,
-- even with the right password; a successful sign-in resets the count.
-- Tests shorten the wait by moving last_failed_at back (superuser SQL).

create table public.auth_password_attempts (
  user_id uuid primary key references auth.users (id) on delete cascade,
  failed_count integer not null default 0,
  last_failed_at timestamptz,
  last_success_at timestamptz,
  constraint auth_password_attempts_failed_count_non_negative check (failed_count >= 0)
);

comment on table public.auth_password_attempts is
  'Consecutive failed password sign-ins per user; read and written only by the Auth hook.';

create or replace function public.password_verification_attempt(event jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  max_failures constant integer := 5;
  lockout constant interval := interval '15 minutes';
  attempt_user uuid := (event ->> 'user_id')::uuid;
  attempt_valid boolean := coalesce((event ->> 'valid')::boolean, false);
  attempts public.auth_password_attempts;
begin
  insert into public.auth_password_attempts (user_id) values (attempt_user)
  on conflict (user_id) do nothing;
  select * into attempts from public.auth_password_attempts where user_id = attempt_user for update;

  if attempts.failed_count >= max_failures then
    if attempts.last_failed_at > now() - lockout then
      -- Locked: refuse without counting, so the lock ends 15 minutes after the 5th failure.
      return jsonb_build_object(
        'decision', 'reject',
        'message', 'Muitas tentativas de acesso sem sucesso. Sua conta está bloqueada por '
                   || 'alguns minutos; tente novamente mais tarde.',
        'should_logout_user', false);
    end if;
    attempts.failed_count := 0;  -- the lock has expired: a fresh series starts
  end if;

  if attempt_valid then
    update public.auth_password_attempts
       set failed_count = 0, last_success_at = now()
     where user_id = attempt_user;
    return jsonb_build_object('decision', 'continue');
  end if;

  update public.auth_password_attempts
     set failed_count = attempts.failed_count + 1, last_failed_at = now()
   where user_id = attempt_user;
  if attempts.failed_count + 1 >= max_failures then
    return jsonb_build_object(
      'decision', 'reject',
      'message', 'Muitas tentativas de acesso sem sucesso. Sua conta foi bloqueada por 15 minutos.',
      'should_logout_user', false);
  end if;
  return jsonb_build_object('decision', 'continue');
end
$$;

comment on function public.password_verification_attempt(jsonb) is
  'Supabase Auth hook: rejects password sign-in for 15 min after 5 consecutive failures.';

-- Only Supabase Auth may run the hook and touch its table.
grant usage on schema public to supabase_auth_admin;
revoke execute on function public.password_verification_attempt(jsonb)
  from public, anon, authenticated, service_role;
grant execute on function public.password_verification_attempt(jsonb) to supabase_auth_admin;

alter table public.auth_password_attempts enable row level security;
revoke all on table public.auth_password_attempts from public, anon, authenticated, service_role;
grant select, insert, update on table public.auth_password_attempts to supabase_auth_admin;
create policy auth_password_attempts_auth_admin on public.auth_password_attempts
  as permissive for all to supabase_auth_admin
  using (true) with check (true);
