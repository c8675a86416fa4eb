"""``create_schema``: what the desktop needs in a database, added where it is missing.

Additive only, as the other Carebot programs share the production tables: the desktop's
own tables and indexes, the region reference rows, one roll-up mark per status table and
the keys desktops share. Never an altered or dropped column of a shared table.
"""

from __future__ import annotations

import json
import logging
import secrets
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, inspect, select, text
from sqlalchemy import exc as sa_exc

from carebot_desktop.config import paths
from carebot_desktop.data import models
from carebot_desktop.data.driver_errors import translate_error
from carebot_desktop.data.errors import ConflictError
from carebot_desktop.data.rollups import TABLE_SERIES
from carebot_desktop.data.security import IDENTIFIER_KEY

if TYPE_CHECKING:  # Database calls this module: only its type is needed here
    from carebot_desktop.data.database import Database

log = logging.getLogger(__name__)


def create_schema(db: Database) -> None:
    """Create what is missing: tables, then indexes, then the region reference rows.

    Idempotent and additive: on a database made from the production schema it adds
    the desktop's tables and indexes and never alters or drops a column. Through a
    person's own login (the per-person views, no DDL rights) it does nothing.
    """
    if db.secured:
        return
    try:
        with db.engine.begin() as connection:
            models.Base.metadata.create_all(connection, checkfirst=True)
            _add_columns(connection)
            _add_indexes(connection, db.is_sqlite)
            _keep_exports(connection)
    except sa_exc.SQLAlchemyError as error:
        raise translate_error(error) from error
    db.forget_table_names()
    _load_regions(db)
    _add_rollup_marks(db)
    add_keys(db)


def _add_columns(connection: Connection) -> None:
    """The columns a later version added to the desktop's own tables (``desktop_*``; never
    a shared table), on tables an earlier version made. Such a column is nullable, with no
    default: the rows already there hold NULL."""
    inspector = inspect(connection)
    quote = connection.dialect.identifier_preparer.quote
    for table in models.Base.metadata.sorted_tables:
        if not table.name.startswith("desktop_"):
            continue
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            if not column.nullable or column.server_default is not None:
                raise RuntimeError(f"{table.name}.{column.name} cannot be added to old rows")
            log.info("adding column %s.%s", table.name, column.name)
            kind = column.type.compile(dialect=connection.dialect)
            connection.execute(
                text(f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(column.name)} {kind}")
            )


def _add_indexes(connection: Connection, is_sqlite: bool) -> None:
    """The desktop's indexes on tables that exist already (``create_all`` makes a table's
    indexes only with the table), and no index an earlier version made and this one
    replaced."""
    inspector = inspect(connection)
    quote = connection.dialect.identifier_preparer.quote
    for table in models.Base.metadata.sorted_tables:
        existing = {ix["name"] for ix in inspector.get_indexes(table.name)}
        for name in models.OBSOLETE_INDEXES.get(table.name, ()):
            if name in existing:
                log.info("dropping the replaced index %s", name)
                on_table = "" if is_sqlite else f" ON {quote(table.name)}"
                connection.execute(text(f"DROP INDEX {quote(name)}{on_table}"))
        for index in table.indexes:
            if index.name not in existing:
                log.info("adding index %s", index.name)
                index.create(connection)


def add_keys(db: Database) -> None:
    """The keys desktops share (``DesktopKey``), made once, by the first desktop."""
    try:
        with db.transaction() as session:
            if session.get(models.DesktopKey, IDENTIFIER_KEY) is None:
                session.add(models.DesktopKey(name=IDENTIFIER_KEY, value=secrets.token_hex(32)))
                session.flush()
        db.security.prefetch_key()
    except ConflictError:  # another desktop made it at the same moment
        pass


def _add_rollup_marks(db: Database) -> None:
    """One roll-up mark per status table (chart reads rely on it being there)."""
    with db.transaction() as session:
        present = set(session.scalars(select(models.RollupMark.table_name)))
        missing = [m.__tablename__ for m in TABLE_SERIES if m.__tablename__ not in present]
        if missing:
            session.execute(
                insert(models.RollupMark),
                [{"table_name": name, "upto": 0, "seen": 0} for name in missing],
            )


def _load_regions(db: Database) -> None:
    with db.transaction() as session:
        if session.scalar(select(models.MasterRegion.region_name).limit(1)) is not None:
            return
        data = json.loads(paths.resource("regions", "regions.json").read_text("utf-8"))
        session.execute(insert(models.MasterRegion), data["master_regions"])
        session.execute(insert(models.SubRegion), data["sub_regions"])


def _keep_exports(connection: Connection) -> None:
    """Export records made by an earlier version went with their family (a foreign key
    that cascaded): the desktop's own table loses that key, its rows unchanged."""
    table = models.Base.metadata.tables[models.ExportRecord.__tablename__]
    keys = [fk for fk in inspect(connection).get_foreign_keys(table.name) if fk["referred_table"]]
    if not keys:
        return
    log.info("export records are kept beyond their family from now on")
    if connection.dialect.name != "sqlite":
        for fk in keys:
            connection.execute(text(f"ALTER TABLE `{table.name}` DROP FOREIGN KEY `{fk['name']}`"))
        return
    # SQLite changes a table's keys only by building it anew.
    old = f"{table.name}_old"
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    connection.execute(text(f'ALTER TABLE "{table.name}" RENAME TO "{old}"'))
    for index in inspect(connection).get_indexes(old):
        connection.execute(text(f'DROP INDEX "{index["name"]}"'))
    table.create(connection)
    connection.execute(text(f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{old}"'))
    connection.execute(text(f'DROP TABLE "{old}"'))
