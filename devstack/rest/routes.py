"""The `/rest/v1` endpoints: authenticate, parse, build SQL, run it as the JWT's role.

Each request is ONE transaction through `devstack.db.as_role`, so RLS decides what the
caller sees. Nothing reaches the database before the JWT, the body and the query string
have been checked; a name the schema cache does not know triggers one cache reload.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import psycopg
from psycopg import sql
from psycopg_pool import PoolTimeout
from starlette.requests import Request
from starlette.responses import Response

from devstack import keys
from devstack.db import as_role
from devstack.rest import query as q
from devstack.rest import write
from devstack.rest.errors import ApiError, SchemaMiss, from_postgres, invalid_body, parse_error
from devstack.rest.responses import (
    ARRAY_TYPE,
    CSV_TYPE,
    OBJECT_TYPE,
    Outcome,
    Prefer,
    count_method,
    nulls_stripped,
    read_response,
    write_response,
)
from devstack.rest.rpc import call_rpc
from devstack.rest.schema import SchemaManager, Table
from devstack.rest.sql import Builder, Rel, count_of

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 10 * 1024 * 1024
READ_CACHE_SIZE = 512
# A URL near the server's limit can compose a statement of about a megabyte (thousands of
# embeds); caching 512 of those would hold hundreds of megabytes, so such reads are rebuilt.
MAX_CACHED_SQL_CHARS = 64 * 1024
TOKEN_CACHE_SIZE = 1024


class RestHandler:
    """Serves every `/rest/v1/...` request for one gateway."""

    def __init__(self, gateway: Any, schema: SchemaManager) -> None:
        self.gateway = gateway
        self.config = gateway.config
        self.schema = schema
        # Built reads by (schema generation, request shape and values): repeated queries
        # skip parsing and SQL composition. Values are bound parameters, never in the key's SQL.
        self._reads: dict[tuple[Any, ...], tuple[str, dict[str, Any], int, str]] = {}
        self._tokens: dict[str, dict[str, Any]] = {}

    def _remember(self, key: tuple[Any, ...], entry: tuple[str, dict[str, Any], int, str]) -> None:
        if len(entry[0]) + len(entry[3]) > MAX_CACHED_SQL_CHARS:
            return
        if len(self._reads) >= READ_CACHE_SIZE:
            self._reads.pop(next(iter(self._reads)))
        self._reads[key] = entry

    # -- entry point ----------------------------------------------------------------------
    async def __call__(self, request: Request) -> Response:
        """Answer one request with PostgREST's semantics."""
        try:
            return await self._handle(request)
        except ApiError as error:
            return error.response()
        except q.ParseError as error:
            return parse_error(error.message, error.details).response()
        except PoolTimeout:
            return ApiError(
                504, "PGRST003", "Timed out acquiring connection from connection pool."
            ).response()
        except Exception as exc:  # a bug here must still answer in PostgREST's shape
            log.exception("rest request failed: %s %s", request.method, request.url.path)
            return ApiError(
                500, "XX000", "Internal error in devstack /rest/v1", str(exc)
            ).response()

    async def _handle(self, request: Request) -> Response:
        claims = self._claims(request)
        method = request.method
        name: str = request.path_params.get("name", "")
        if not name:
            return Response("{}", media_type="application/openapi+json")
        schema = self._profile(request)
        accept = self._accept(request)
        prefer = Prefer.parse(request.headers.get("prefer"))
        body = await self._body(request) if method in ("POST", "PATCH", "PUT") else None
        params = list(request.query_params.multi_items())
        attempt_generation = self.schema.generation
        for attempt in range(2):
            try:
                return await self._dispatch(
                    request, claims, schema, name, method, accept, prefer, body, params
                )
            except SchemaMiss:
                if attempt == 1:
                    raise
                await self.schema.reload(attempt_generation)
        raise AssertionError("unreachable")

    async def _dispatch(
        self,
        request: Request,
        claims: dict[str, Any],
        schema: str,
        name: str,
        method: str,
        accept: str,
        prefer: Prefer,
        body: Any,
        params: list[tuple[str, str]],
    ) -> Response:
        cache = self.schema.cache
        builder = Builder(cache, schema, self.config.max_rows)
        if name.startswith("rpc/"):
            return await call_rpc(
                self, request, claims, builder, name[4:], accept, prefer, body, params
            )
        table = cache.tables.get((schema, name))
        if table is None:
            raise SchemaMiss(
                404, "PGRST205", f"Could not find the table '{schema}.{name}' in the schema cache"
            )
        with_count = prefer.get("count") in ("exact", "planned", "estimated")
        if method in ("GET", "HEAD"):
            counting = count_method(prefer)
            key = (self.schema.generation, schema, name, counting, tuple(params))
            cached = self._reads.get(key)
            if cached is None:
                read = q.parse_read(params)
                statement = builder.read(
                    Rel(table, sql.Identifier(table.schema, table.name)),
                    read,
                    with_count=counting == "exact",
                )
                offset = read.node(()).offset or 0
                rows_text = builder.rows_sql.as_string(None) if builder.rows_sql else ""
                cached = (statement.as_string(None), builder.params, offset, rows_text)
                self._remember(key, cached)
            text, values, offset, rows_text = cached
            estimate = (counting, rows_text) if counting in ("planned", "estimated") else None
            outcome = await self.run(
                request, claims, text, values, accept, read_only=True, estimate=estimate
            )
            return read_response(method, accept, offset, outcome, counting, nulls_stripped(request))
        read = q.parse_read(params)
        if method == "POST":
            dml = self._insert(builder, table, body, prefer, request)
        elif method == "PATCH":
            if not isinstance(body, dict):
                raise invalid_body("Empty or invalid json", "PATCH expects a JSON object")
            dml = write.update(
                builder, table, body, read.node(()), returning=self._returns(prefer, accept)
            )
        elif method == "DELETE":
            dml = write.delete(
                builder, table, read.node(()), returning=self._returns(prefer, accept)
            )
        else:
            raise ApiError(405, "PGRST117", f"Unsupported HTTP method: {method}")
        rep_query = _representation_query(read)
        if prefer.get("return") == "headers-only":
            rep_query.select = [q.Field(q.ColumnRef(c)) for c in table.primary_key] or [q.Star()]
        if self._returns(prefer, accept):
            statement = write.wrap_mutation(builder, table, dml, rep_query)
        else:
            # Planned anyway, as PostgREST does: a filter on a relation the select does not
            # embed is PGRST108, not silently dropped (which widened the write to every row).
            Builder(cache, schema, self.config.max_rows).read(
                Rel(table, write.MUTATION), rep_query, with_count=False, capped=False
            )
            statement = write.wrap_mutation(builder, table, dml, None)
        outcome = await self.run(
            request, claims, statement, builder.params, accept, read_only=False
        )
        return write_response(method, accept, prefer, table, outcome, with_count)

    # -- pieces -------------------------------------------------------------------------------
    def _claims(self, request: Request) -> dict[str, Any]:
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        token = token or request.headers.get("apikey") or request.query_params.get("apikey") or ""
        if not token:
            return {"role": "anon"}
        known = self._tokens.get(token)
        if known is not None and _still_valid(known):
            return known
        try:
            claims = keys.verify(token, self.config.jwt_secret)
        except keys.InvalidJWT as exc:
            code, message = (
                ("PGRST303", "JWT expired") if exc.expired else ("PGRST301", _jwt_message(token))
            )
            raise ApiError(
                401,
                code,
                message,
                headers={
                    "WWW-Authenticate": f'Bearer error="invalid_token", error_description="{message}"'
                },
            ) from exc
        if len(self._tokens) >= TOKEN_CACHE_SIZE:
            self._tokens.pop(next(iter(self._tokens)))
        self._tokens[token] = claims
        return claims

    def _profile(self, request: Request) -> str:
        header = "accept-profile" if request.method in ("GET", "HEAD") else "content-profile"
        schema = request.headers.get(header) or self.config.schemas[0]
        if schema not in self.config.schemas:
            raise ApiError(
                406,
                "PGRST106",
                f"The schema must be one of the following: {', '.join(self.config.schemas)}",
            )
        return schema

    def _accept(self, request: Request) -> str:
        header = request.headers.get("accept") or "application/json"
        for item in header.split(","):
            media = item.split(";")[0].strip().lower()
            if media in ("application/json", "*/*", "application/*", ARRAY_TYPE):
                return "application/json"
            if media in (OBJECT_TYPE, "application/vnd.pgrst.object"):
                return OBJECT_TYPE
            if media == CSV_TYPE:
                return media
        raise ApiError(406, "PGRST107", f"None of these media types are available: {header}")

    async def _body(self, request: Request) -> Any:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
            raise _too_large()
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise _too_large()
            chunks.append(chunk)
        raw = b"".join(chunks)
        content_type = (
            (request.headers.get("content-type") or "application/json")
            .split(";")[0]
            .strip()
            .lower()
        )
        if not raw and request.url.path.rsplit("/", 2)[-2] == "rpc":
            return {}
        if content_type not in ("application/json", OBJECT_TYPE, ARRAY_TYPE):
            raise ApiError(415, "PGRST107", f"Content-Type not acceptable: {content_type}")
        try:
            return json.loads(raw)
        # RecursionError: nesting deeper than Python's stack allows is refused, not a 500.
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            raise invalid_body("Empty or invalid json", str(exc)) from exc

    def _returns(self, prefer: Prefer, accept: str) -> bool:
        return prefer.get("return") in ("representation", "headers-only")

    def _insert(
        self, builder: Builder, table: Table, body: Any, prefer: Prefer, request: Request
    ) -> sql.Composable:
        rows = body if isinstance(body, list) else [body]
        if not rows or not all(isinstance(r, dict) for r in rows):
            if isinstance(body, list) and not body:
                rows = []
            else:
                raise invalid_body(
                    "Empty or invalid json", "expected a JSON object or an array of objects"
                )
        columns_param = request.query_params.get("columns")
        # Column lists are deduped in order through a dict, in linear time: a list scan per
        # key made a body of tens of thousands of distinct keys (or a URL repeating a name
        # thousands of times) cost seconds of event-loop CPU before any column was checked.
        if columns_param:
            columns = list(
                dict.fromkeys(q.unquote(c.strip()) for c in columns_param.split(",") if c.strip())
            )
            for c in columns:
                if not q.NAME_RE.match(c):
                    raise parse_error('"failed to parse columns parameter"', columns_param)
        else:
            columns = list(dict.fromkeys(key for row in rows for key in row))
        on_conflict_param = request.query_params.get("on_conflict")
        on_conflict = (
            list(dict.fromkeys(c.strip() for c in on_conflict_param.split(",")))
            if on_conflict_param
            else None
        )
        resolution = prefer.get("resolution")
        if resolution not in (None, "merge-duplicates", "ignore-duplicates"):
            resolution = None
        if not rows:
            return sql.SQL("select {}.* from {} as {} where false").format(
                write.TARGET, sql.Identifier(table.schema, table.name), write.TARGET
            )
        return write.insert(
            builder,
            table,
            rows,
            columns,
            on_conflict=on_conflict,
            resolution=resolution,
            missing_default=prefer.get("missing") == "default",
            returning=self._returns(prefer, ""),
        )

    async def run(
        self,
        request: Request,
        claims: dict[str, Any],
        statement: sql.Composable | str,
        params: dict[str, Any],
        accept: str,
        *,
        read_only: bool,
        estimate: tuple[str, str] | None = None,
    ) -> Outcome:
        """Run one statement in one transaction as the JWT's role; map database errors.

        `estimate` is (count method, `select 1` over the rows) for `Prefer: count=planned|estimated`:
        the planner's row estimate, made exact when it is within `max_rows` (estimated).
        """
        role = str(claims.get("role") or "anon")
        context = {
            "method": request.method,
            # PostgREST sits behind Kong, which strips the /rest/v1 prefix.
            "path": request.url.path.removeprefix("/rest/v1") or "/",
            "headers": json.dumps({k.lower(): v for k, v in request.headers.items()}),
        }
        try:
            async with as_role(
                self.gateway.api_pool,
                claims,
                read_only=read_only,
                request=context,
                role_settings=self.gateway.role_settings,
            ) as conn:
                text = statement if isinstance(statement, str) else statement.as_string(conn)
                cursor = await conn.execute(text, params)
                row: Any = await cursor.fetchone() if cursor.description else None
                outcome = (
                    Outcome(None, 0, None)
                    if row is None
                    else Outcome(row["body"], int(row["n"] or 0), row["total"])
                )
                if accept == OBJECT_TYPE and outcome.n != 1:
                    # Raised inside the transaction so that a mutation is rolled back.
                    raise ApiError(
                        406,
                        "PGRST116",
                        "Cannot coerce the result to a single JSON object",
                        f"The result contains {outcome.n} rows",
                    )
                _check_max_affected(request, outcome)
                if estimate is not None:
                    outcome.total = await self._estimate(conn, estimate, params)
                return outcome
        except psycopg.Error as exc:
            raise from_postgres(exc, role) from exc

    async def _estimate(self, conn: Any, estimate: tuple[str, str], params: dict[str, Any]) -> int:
        method, rows_text = estimate
        cursor = await conn.execute("explain (format json) " + rows_text, params)
        planned = int((await cursor.fetchone())["QUERY PLAN"][0]["Plan"]["Plan Rows"])
        cap = self.config.max_rows
        if method == "estimated" and (cap is None or planned <= cap):
            cursor = await conn.execute(count_of(sql.SQL(rows_text)).as_string(None), params)
            return int((await cursor.fetchone())["count"])
        return planned


def _check_max_affected(request: Request, outcome: Outcome) -> None:
    """PGRST124 (inside the transaction, so it rolls back) past `Prefer: max-affected`."""
    if request.method not in ("PATCH", "DELETE"):
        return
    prefer = Prefer.parse(request.headers.get("prefer"))
    limit = prefer.get("max-affected")
    if prefer.get("handling") == "strict" and limit and limit.isdigit() and outcome.n > int(limit):
        raise ApiError(
            400,
            "PGRST124",
            "Query result exceeds max-affected preference constraint",
            f"The query affects {outcome.n} rows",
        )


def _still_valid(claims: dict[str, Any]) -> bool:
    exp = claims.get("exp")
    return not isinstance(exp, (int, float)) or exp + keys.CLOCK_SKEW_SECONDS > keys.now()


def _representation_query(read: q.ReadQuery) -> q.ReadQuery:
    nodes = dict(read.nodes)
    top = nodes.get(()) or q.Node()
    nodes[()] = q.Node(order=top.order)
    return q.ReadQuery(read.select, nodes, {})


def _too_large() -> ApiError:
    return ApiError(
        413,
        "PGRST413",
        "Payload too large",
        f"The request body is limited to {MAX_BODY_BYTES} bytes",
    )


def _jwt_message(token: str) -> str:
    parts = token.count(".") + 1
    if parts != 3:
        return f"Expected 3 parts in JWT; got {parts}"
    return "JWSError JWSInvalidSignature"
