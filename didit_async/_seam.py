"""The seam between generated code and the hand-written client layer.

Generated modules in ``didit_async/_generated`` import from here and from nowhere else in the
package. The client layer implements :class:`Transport`; the generated resource classes call it.
Keep this module small: it is a contract, not a place for behaviour.

The one error the generated code raises, :class:`~didit_async.DiditValidationError`, is
defined below this module (``_errors.py`` imports nothing from the package but
``_constants.py``), so the class users catch is the class the generated code raises.
"""

from __future__ import annotations

import datetime
import enum
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Mapping
from typing import IO, Any, Final, Generic, Literal, Protocol, TypeAlias, TypeVar

import attrs

from ._errors import DiditValidationError

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "AsyncPaginator",
    "DiditValidationError",
    "EnumTable",
    "FileInput",
    "Idempotency",
    "NotGiven",
    "OpenStrEnum",
    "OperationMeta",
    "Page",
    "StrEnum",
    "Timeout",
    "Transport",
    "Unset",
    "check_file",
    "file_size",
    "is_date",
    "is_datetime",
    "is_email",
    "is_uri",
    "is_uuid",
    "mask",
    "path_param",
]

T = TypeVar("T")


class NotGiven(enum.Enum):
    """The type of :data:`NOT_GIVEN`: an option the caller did not pass.

    ``timeout=None`` means "no timeout"; leaving ``timeout`` out means "the client's default".
    ``None`` cannot tell those apart, so per-call options default to ``NOT_GIVEN``.
    """

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN


class Unset(enum.Enum):
    """The type of :data:`UNSET`: a nullable request field the caller left out.

    Didit treats an absent field and a JSON ``null`` differently (``"webhook_url": null`` disables
    webhooks; leaving it out keeps the URL), so nullable request fields default to ``UNSET`` and
    are only sent when given, ``None`` included.
    """

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = Unset.UNSET

Timeout: TypeAlias = "float | NotGiven | None"

# What a multipart file field accepts: raw bytes, an open binary file, a path on disk, or an
# explicit ``(filename, content, content_type)`` triple.
FileInput: TypeAlias = (
    bytes
    | IO[bytes]
    | os.PathLike  # type: ignore[type-arg]
    | tuple[str, bytes | IO[bytes], str]
)


@attrs.frozen
class Idempotency:
    """When a request may safely be sent twice.

    ``kind`` is ``always`` (reads, deletes), ``never``, ``if_body_field`` (safe only when
    ``name`` is present in the JSON body: Didit reuses an unfinished session with the same
    ``vendor_data``), or ``key_header`` (safe when the ``name`` header carries an idempotency key,
    which the client generates and keeps across attempts).
    """

    kind: Literal["always", "never", "if_body_field", "key_header"]
    name: str | None = None


@attrs.frozen(kw_only=True)
class OperationMeta:
    """Everything the client layer needs to know about one operation, read from the spec.

    The generated constants (``SESSIONS_CREATE`` in ``_generated/resources/sessions.py``) leave
    out the fields that keep their default: a JSON request and answer-less defaults read as "a
    plain JSON call with no body", so what a constant does say is what is special about it.
    """

    operation_id: str
    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
    path: str
    host: Literal["verification", "apx", "auth"]
    resource: str
    method_name: str
    idempotency: Idempotency
    auth: tuple[Literal["api_key", "bearer", "session_token", "transaction_token"], ...] = ()
    rate_limit_scopes: tuple[str, ...] = ()
    paginated: bool = False
    response_kind: Literal["json", "binary", "empty"] = "json"
    request_kind: Literal["none", "json", "multipart"] = "none"
    request_schema: str | None = None
    # True when a JSON answer is an array (of objects) rather than one object.
    response_array: bool = False
    # True when a JSON answer may also come with no body (a 204): the method returns None.
    empty_ok: bool = False


@attrs.frozen
class Page(Generic[T]):
    """One page of a Didit list: ``count`` items in all, ``results`` on this page.

    ``next`` and ``previous`` are the full URLs Didit returns (or ``None``). ``extra`` keeps any
    other top-level keys of the page so nothing Didit adds is lost.

    Walk page by page by hand with :meth:`has_next_page` and :meth:`get_next_page` (the filters
    of the first call are kept):

    >>> async def main(client):  # doctest: +SKIP
    ...     page = await client.sessions.list(status="Approved", limit=50)
    ...     while page.has_next_page():
    ...         page = await page.get_next_page()
    """

    count: int | None
    next: str | None
    previous: str | None
    results: list[T]
    extra: dict[str, Any] = attrs.field(factory=dict)
    # Set by the paginator that fetched this page; None for a page built by hand.
    _fetch_next: Callable[[], Awaitable[Page[T]]] | None = attrs.field(
        default=None, eq=False, repr=False
    )

    def has_next_page(self) -> bool:
        """Whether Didit says there is a page after this one."""
        return self.next is not None and bool(self.results) and self._fetch_next is not None

    async def get_next_page(self) -> Page[T]:
        """Fetch the page after this one (check :meth:`has_next_page` first)."""
        if not self.has_next_page() or self._fetch_next is None:
            raise RuntimeError("this is the last page; check has_next_page() first")
        return await self._fetch_next()


class AsyncPaginator(Protocol[T]):
    """What a list method returns: ``await`` it for one page, ``async for`` it for every item."""

    def __await__(self) -> Generator[Any, None, Page[T]]: ...

    def __aiter__(self) -> AsyncIterator[T]: ...

    def pages(self, *, max_pages: int | None = None) -> AsyncIterator[Page[T]]:
        """Every page, lazily (at most ``max_pages``)."""
        ...

    def items(self, *, max_items: int | None = None) -> AsyncIterator[T]:
        """Every item, lazily (at most ``max_items``)."""
        ...


class Transport(Protocol):
    """How generated resources talk to Didit. Implemented by the client layer.

    ``request`` sends one operation and returns the decoded JSON body (``Any``), the raw bytes for
    binary responses, or ``None`` for empty ones; it raises the client's error types on failure.
    ``paginate`` returns a lazy paginator whose items are decoded with ``decode_item`` and whose
    each page (``await paginator``) is a :class:`Page` of decoded items.

    ``credential`` is a per-call secret an operation's security scheme takes from the caller
    (the session's ``Session-Token``); the transport sends it in that scheme's header, never
    the API key alongside, and masks it like the other secrets.

    ``extra_body`` and ``extra_query`` are the caller's escape hatch for fields Didit accepts
    before the spec knows them: the generated code passes them through unvalidated, and the
    transport merges them over the JSON body (or the multipart form fields) and the query.
    """

    def request(
        self,
        op: OperationMeta,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Mapping[str, FileInput] | None = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        credential: str | None = None,
    ) -> Awaitable[Any]: ...

    def client_default(self, name: str) -> str:
        """The client's configured value of ``name`` (``organization_id``, ``application_id``),
        for a path parameter the caller left out (``x-client-default``); raises
        :class:`DiditValidationError` saying how to set it when the client has none."""
        ...

    def paginate(
        self,
        op: OperationMeta,
        *,
        decode_item: Callable[[Any], T],
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[T]: ...


class StrEnum(str, enum.Enum):
    """A string enum whose members compare, format and serialise as their plain values.

    Generated enums derive from it. In responses an unknown value is kept as a plain ``str``
    (Didit adds values often); in requests only the known values pass validation.
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)


class OpenStrEnum(StrEnum):
    """A :class:`StrEnum` that never rejects a value: Didit adds enum values without notice.

    ``SessionStatus("Frozen")`` (a value this SDK does not know) gives a *pseudo-member*: an
    instance of the enum, hence a ``str`` equal to ``"Frozen"``, whose ``.value`` is the string,
    ``.name`` is ``None`` and :attr:`is_known` is ``False``. Pseudo-members are made fresh on
    every call (never cached, so a flood of odd values cannot grow memory) and are not listed by
    iteration. Request validation still accepts only the known values.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = None  # type: ignore[assignment]
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value Didit sent that this version of the SDK does not know."""
        # typeshed types _name_ as str; a pseudo-member's is None (see _missing_).
        name: str | None = self._name_
        return name is not None

    def __repr__(self) -> str:
        if not self.is_known:
            return f"<{type(self).__name__} (unknown): {self._value_!r}>"
        return super().__repr__()


E = TypeVar("E", bound=OpenStrEnum)


class EnumTable(dict[str, E]):
    """value → member, for generated decoders; an unknown value gives a fresh pseudo-member.

    One dict lookup decodes a known value (the common case); only a miss reaches
    ``__missing__``.
    """

    __slots__ = ("_cls",)

    def __init__(self, cls: type[E]) -> None:
        super().__init__({m.value: m for m in cls})
        self._cls = cls

    def __missing__(self, key: str) -> E:
        return self._cls(key)


def mask(value: object) -> str:
    """The repr of a secret field: never the value itself."""
    return "None" if value is None else "'***'"


# --- validation helpers used by generated request checks -------------------------------------

_UUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"
)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# RFC 3986: ASCII only, from the unreserved and reserved sets plus percent-escapes.
_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")


def is_uuid(value: str) -> bool:
    """True for a canonical (or unhyphenated) UUID string."""
    return _UUID_RE.match(value) is not None


def is_email(value: str) -> bool:
    """A deliberately loose check: one ``@`` and a dotted domain, no spaces."""
    return _EMAIL_RE.match(value) is not None


def is_uri(value: str) -> bool:
    """An absolute URI: a scheme, ``://``, then only the characters RFC 3986 allows."""
    return _URI_RE.match(value) is not None


def is_date(value: str) -> bool:
    """``YYYY-MM-DD``."""
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def is_datetime(value: str) -> bool:
    """An ISO 8601 date-time (a trailing ``Z`` allowed)."""
    try:
        datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return False
    return True


def path_param(name: str, value: Any, *, uuid: bool = False) -> str:
    """``value`` when it can fill a path parameter: a non-empty string (a UUID if ``uuid``),
    else a ``DiditValidationError`` (an empty one would change which route Didit answers)."""
    if not isinstance(value, str) or not value.strip():
        raise DiditValidationError(name, "empty", "must be a non-empty string")
    if uuid and not is_uuid(value):
        raise DiditValidationError(name, "format", "must be a UUID")
    return value


def file_size(value: object) -> int | None:
    """The size in bytes of a :data:`FileInput`, or None when it cannot be known cheaply."""
    if isinstance(value, tuple) and len(value) == 3:
        value = value[1]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return len(value)
    if isinstance(value, os.PathLike):
        return os.path.getsize(value)
    seek, tell = getattr(value, "seek", None), getattr(value, "tell", None)
    if seek is not None and tell is not None:
        try:
            here = tell()
            end = seek(0, os.SEEK_END)
            seek(here)
            return int(end) - int(here)
        except (OSError, ValueError):
            return None
    return None


def check_file(value: object, field: str, max_bytes: int | None) -> None:
    """Reject a multipart file that is not a :data:`FileInput` or is larger than allowed."""
    ok = isinstance(value, (bytes, bytearray, memoryview, os.PathLike)) or hasattr(value, "read")
    if isinstance(value, tuple):
        ok = len(value) == 3 and isinstance(value[0], str) and isinstance(value[2], str)
    if not ok:
        raise DiditValidationError(
            field,
            "type",
            f"must be bytes, a binary file, a path or a (name, content, type) "
            f"tuple, not {type(value).__name__}",
        )
    if max_bytes is not None:
        size = file_size(value)
        if size is not None and size > max_bytes:
            raise DiditValidationError(
                field, "max_bytes", f"is {size} bytes; Didit accepts at most {max_bytes} bytes"
            )
