"""The schema a sopdesk database must have, and how a file's schema differs from it.

Expected: data/schema.sql created in an in-memory database, which is what a new
database gets. A database of an older version is judged by what the numbered
upgrades (upgrade.STEPS) would make of it: its tables, indexes and triggers are
copied, empty, into memory, upgraded there, and that is compared. So an index
that arrives with a new upgrade step needs nothing here.

Every table, index and trigger of the expected schema must be there with the
same SQL, normalised (comments, spacing, letter case and identifier quoting
aside; a table's columns in order and its constraints as a set, because ALTER
TABLE ADD COLUMN appends after the constraints). No trigger, view or index may
be added: a trigger can delete history or rewrite rows behind the program's
back, an index on an expression can make every insert fail. Extra tables are
tolerated (nothing reaches sopdesk's tables from them without a trigger).
SQLite's own objects (sqlite_*) are left out.
"""
from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from . import schema
from .upgrade import STEPS

log = logging.getLogger(__name__)

Shape = dict[tuple[str, str], object]

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
  | (?P<number>0[xX][0-9A-Fa-f]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<op>\|\||<=|>=|==|!=|<>|<<|>>|.)
""", re.S | re.X)

_CONSTRAINT_WORDS = {"constraint", "primary", "unique", "check", "foreign"}
_KIND_WORDS = {"table": "tabel", "index": "indeks", "trigger": "pemicu (trigger)", "view": "view"}


def tokens(sql: str) -> list[str]:
    """The SQL as words and symbols: comments and spacing dropped, words lower case, quotes off identifiers."""
    out = []
    for m in _TOKEN.finditer(sql):
        kind = m.lastgroup
        text = m.group()
        if kind in ("space", "comment"):
            continue
        if kind == "quoted":
            text = text[1:-1].replace(text[0] * 2, text[0]) if text[0] != "[" else text[1:-1]
            text = text.lower()
        elif kind == "word":
            text = text.lower()
        out.append(text)
    if out and out[-1] == ";":
        out.pop()
    # CREATE … IF NOT EXISTS makes the same object: an upgrade step may say it, schema.sql need not.
    for i in range(min(len(out), 4)):
        if out[i:i + 3] == ["if", "not", "exists"]:
            del out[i:i + 3]
            break
    return out


def _split_table(words: list[str]) -> object:
    """A CREATE TABLE as (columns in order, constraints as a set, what follows the parentheses)."""
    try:
        start = words.index("(")
    except ValueError:
        return " ".join(words)  # CREATE TABLE … AS SELECT
    items: list[list[str]] = [[]]
    depth = 0
    end = len(words)
    for i in range(start + 1, len(words)):
        w = words[i]
        if w == "(":
            depth += 1
        elif w == ")":
            if depth == 0:
                end = i
                break
            depth -= 1
        elif w == "," and depth == 0:
            items.append([])
            continue
        items[-1].append(w)
    columns = tuple(" ".join(i) for i in items if i and i[0] not in _CONSTRAINT_WORDS)
    constraints = frozenset(" ".join(i) for i in items if i and i[0] in _CONSTRAINT_WORDS)
    return columns, constraints, " ".join(words[end + 1:])


def shape_from_rows(rows: Iterable[tuple[str, str, str | None]]) -> Shape:
    """{(type, name): normalised SQL} from (type, name, sql) rows of sqlite_master."""
    shape: Shape = {}
    for kind, name, sql in rows:
        if sql is None or str(name).lower().startswith("sqlite_"):
            continue  # SQLite's own: autoindexes of UNIQUE constraints, sqlite_sequence, sqlite_stat1
        words = tokens(str(sql))
        shape[(str(kind), str(name).lower())] = _split_table(words) if kind == "table" else " ".join(words)
    return shape


_MASTER = "SELECT type, name, sql FROM sqlite_master"


def shape_of(con: sqlite3.Connection) -> Shape:
    return shape_from_rows(con.execute(_MASTER).fetchall())


@lru_cache(maxsize=4)
def _fresh_shape(statements: tuple[str, ...]) -> Shape:
    con = sqlite3.connect(":memory:")
    try:
        for stmt in statements:
            con.execute(stmt)
        return shape_of(con)
    finally:
        con.close()


def expected_shape() -> Shape:
    """What data/schema.sql makes: the schema of a new database of schema.SCHEMA_VERSION."""
    return _fresh_shape(tuple(schema.schema_statements()))


_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}


def upgraded_shape(con: sqlite3.Connection, version: int) -> Shape:
    """The schema `con`'s database would have after the upgrade steps from `version`, made in memory.

    Raises sqlite3.Error / KeyError when the steps cannot run on it (then it is no
    schema those steps were written for).
    """
    rows = [r for r in con.execute(_MASTER).fetchall() if r[2] is not None and not str(r[1]).startswith("sqlite_")]
    rows.sort(key=lambda r: _ORDER.get(str(r[0]), 9))
    engine = create_engine("sqlite://")  # its own in-memory database, thrown away below
    try:
        with engine.begin() as conn:
            for _kind, _name, sql in rows:
                conn.exec_driver_sql(str(sql))
            for step in range(version + 1, schema.SCHEMA_VERSION + 1):
                STEPS[step](conn)
            return shape_from_rows((str(k), str(n), s) for k, n, s in conn.exec_driver_sql(_MASTER).all())
    finally:
        engine.dispose()


def differences(found: Shape, expected: Shape) -> list[str]:
    """What is missing, changed or added, in Indonesian ("pemicu (trigger) events_no_delete tidak ada")."""
    out = []
    for key in sorted(expected, key=lambda k: (_ORDER.get(k[0], 9), k[1])):
        kind, name = key
        if key not in found:
            out.append(f"{_KIND_WORDS.get(kind, kind)} {name} tidak ada")
        elif found[key] != expected[key]:
            out.append(f"{_KIND_WORDS.get(kind, kind)} {name} diubah")
    for key in sorted(found, key=lambda k: (_ORDER.get(k[0], 9), k[1])):
        kind, name = key
        if key not in expected and kind != "table":
            out.append(f"{_KIND_WORDS.get(kind, kind)} tambahan {name}")
    return out


def schema_problems(con: sqlite3.Connection, version: int | None) -> list[str]:
    """How the schema of a sopdesk database of `version` differs from what it must be; [] when it does not.

    `version` None or the current one: compared with a new database's schema. An
    older one: with what the upgrades make of it. A newer one cannot be judged
    here ([]); the caller refuses it as newer.
    """
    current = schema.SCHEMA_VERSION
    if version is not None and (version > current or version < 1
                                or any(v not in STEPS for v in range(version + 1, current + 1))):
        return []  # no upgrade leads from it; upgrade.py refuses it as such
    try:
        found = shape_of(con)
        if version is None or version == current:
            return differences(found, expected_shape())
        return differences(upgraded_shape(con, version), expected_shape())
    except (sqlite3.Error, DBAPIError) as e:  # the steps do not fit it: it is not a schema they were written for
        return [f"susunannya tidak dapat diperbarui ({e})"[:300]]
    except Exception:
        log.exception("upgrade steps failed on a copy of the schema")
        return []


# -- the office server (PostgreSQL) ------------------------------------------------------------------
# Its schema is checked by names, not SQL text: PostgreSQL keeps no CREATE statement to compare, and
# its catalogue words the same definitions differently across versions. What protects the history is
# checked: every table with its columns in order, every index, and the triggers, present and enabled
# (a disabled trigger would let the history be edited), none added.
SERVER_ONLY_TRIGGERS = {"events_no_truncate"}   # SQLite has no TRUNCATE


# The catalogue in one statement (one round trip at every start): pg_catalog, not information_schema,
# whose views cost milliseconds each. Rows (what, name, detail, position):
#   ('relation', name, relkind, 0)  every table, view, … of the schema (a table may have no columns)
#   ('column', table, column, attnum)  columns of tables and views, as information_schema.columns lists them
#   ('index', name, '', 0)
#   ('trigger', name, tgenabled, 0)  the user's triggers ('D': disabled)
_SERVER_CATALOG = """
SELECT 'relation', c.relname::text, c.relkind::text, 0 FROM pg_class c
 WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'f', 'm')
UNION ALL
SELECT 'column', c.relname::text, a.attname::text, a.attnum FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
 WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'f')
   AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'index', c.relname::text, '', 0 FROM pg_class c
 WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('i', 'I')
UNION ALL
SELECT 'trigger', t.tgname::text, t.tgenabled::text, 0 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
"""


@dataclass(frozen=True)
class ServerCatalog:
    """What the server's catalogue says of the current schema."""
    base_tables: frozenset[str]            # relkind r/p (information_schema's BASE TABLE)
    columns: dict[str, list[str]]          # table or view -> its columns in order
    indexes: frozenset[str]
    triggers: dict[str, str]               # name -> tgenabled


def server_catalog(conn: Connection) -> ServerCatalog:
    """The current schema's tables, columns, indexes and triggers, read in one statement."""
    base: set[str] = set()
    columns: dict[str, list[tuple[int, str]]] = {}
    indexes: set[str] = set()
    triggers: dict[str, str] = {}
    for what, name, detail, position in conn.execute(text(_SERVER_CATALOG)):
        if what == "relation":
            if detail in ("r", "p"):
                base.add(name)
        elif what == "column":
            columns.setdefault(name, []).append((int(position), detail))
        elif what == "index":
            indexes.add(name)
        else:
            triggers[name] = detail
    return ServerCatalog(frozenset(base), {t: [c for _, c in sorted(cols)] for t, cols in columns.items()},
                         frozenset(indexes), triggers)


def server_schema_problems(engine: Engine) -> list[str]:
    """How the PostgreSQL database behind `engine` differs from a new sopdesk database; [] when it does not."""
    with engine.connect() as conn:
        return catalog_problems(server_catalog(conn))


def catalog_problems(found: ServerCatalog) -> list[str]:
    """How a server's catalogue (server_catalog) differs from a new sopdesk database's; [] when it does not."""
    expected = expected_shape()
    tables = {name: [str(col).split()[0] for col in cast(tuple[Any, ...], value)[0]]
              for (kind, name), value in expected.items() if kind == "table"}
    indexes = {name for kind, name in expected if kind == "index"}
    triggers = {name for kind, name in expected if kind == "trigger"} | SERVER_ONLY_TRIGGERS
    columns, found_indexes, found_triggers = found.columns, found.indexes, found.triggers
    out = []
    for table, wanted in sorted(tables.items()):
        if table not in columns:
            out.append(f"{_KIND_WORDS['table']} {table} tidak ada")
        elif columns[table] != wanted:
            out.append(f"{_KIND_WORDS['table']} {table} diubah")
    out += [f"{_KIND_WORDS['index']} {name} tidak ada" for name in sorted(indexes - found_indexes)]
    for name in sorted(triggers):
        if name not in found_triggers:
            out.append(f"{_KIND_WORDS['trigger']} {name} tidak ada")
        elif found_triggers[name] == "D":
            out.append(f"{_KIND_WORDS['trigger']} {name} dimatikan")
    out += [f"{_KIND_WORDS['trigger']} tambahan {name}" for name in sorted(set(found_triggers) - triggers)]
    return out
