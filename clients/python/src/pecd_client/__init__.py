"""Client of the pecd gRPC service: the generated ``pec.v1`` stubs (``pecd_client.v1``) and a
convenience layer over them.

* :func:`connect` opens a channel (TLS by default) that sends ``authorization: Bearer <key>``
  on every call.
* :func:`error_details` reads the standard ``google.rpc`` details (``ErrorInfo``,
  ``BadRequest``, ``LocalizedMessage``, ``RetryInfo``) that pecd puts on every error.

Everything else is the generated code, in ``pecd_client.v1``: one module per .proto file
(``from pecd_client.v1 import registry_service_pb2, registry_service_pb2_grpc``); enums are
attributes of the module of their .proto (``resources_pb2.MAILBOX_STATE_ATTIVO``,
``resources_pb2.ErrorReason``).
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from typing import Any, List, Optional, Sequence, Tuple

import grpc
from google.protobuf import any_pb2
from google.protobuf.message import Message as ProtoMessage
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

__all__ = [
    "ERROR_DOMAIN",
    "ErrorDetails",
    "BearerKeyInterceptor",
    "connect",
    "error_details",
]

#: ``ErrorInfo.domain`` of every pecd error.
ERROR_DOMAIN = "pec.tsrm-pstrp.org"

_STATUS_DETAILS_KEY = "grpc-status-details-bin"


# --------------------------------------------------------------------------------------------
# Channel with the bearer key
# --------------------------------------------------------------------------------------------


class _CallDetails(
    collections.namedtuple(
        "_CallDetails",
        ("method", "timeout", "metadata", "credentials", "wait_for_ready", "compression"),
    ),
    grpc.ClientCallDetails,
):
    pass


class BearerKeyInterceptor(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Adds ``authorization: Bearer <api_key>`` to the metadata of every call.

    An interceptor (rather than ``grpc.access_token_call_credentials``) so that it also works on
    the plaintext channels used in local tests, where gRPC refuses call credentials.
    """

    def __init__(self, api_key: str) -> None:
        if not api_key or api_key != api_key.strip() or any(c in api_key for c in "\r\n\t "):
            raise ValueError("api_key must be a non-empty key without whitespace")
        self._header = ("authorization", "Bearer " + api_key)

    def _details(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        metadata = [
            (k, v) for k, v in (details.metadata or ()) if k.lower() != "authorization"
        ]
        metadata.append(self._header)
        return _CallDetails(
            details.method,
            details.timeout,
            metadata,
            details.credentials,
            getattr(details, "wait_for_ready", None),
            getattr(details, "compression", None),
        )

    def intercept_unary_unary(self, continuation, client_call_details, request):
        return continuation(self._details(client_call_details), request)

    def intercept_unary_stream(self, continuation, client_call_details, request):
        return continuation(self._details(client_call_details), request)

    def intercept_stream_unary(self, continuation, client_call_details, request_iterator):
        return continuation(self._details(client_call_details), request_iterator)

    def intercept_stream_stream(self, continuation, client_call_details, request_iterator):
        return continuation(self._details(client_call_details), request_iterator)


def connect(
    target: str,
    api_key: Optional[str],
    *,
    tls: bool = True,
    root_certificates: Optional[bytes] = None,
    options: Optional[Sequence[Tuple[str, Any]]] = None,
) -> grpc.Channel:
    """Opens a channel to pecd at ``target`` (``host:port``).

    :param api_key: the key given by ``pecd keys create``; sent as ``authorization: Bearer``
        on every call. ``None`` sends no key (only health and reflection accept that).
    :param tls: ``True`` (default) uses TLS; ``False`` is plaintext, for local tests only.
    :param root_certificates: PEM bundle of the CAs to trust (default: the system's roots, as
        bundled by grpcio).
    :param options: extra channel arguments, e.g. ``[("grpc.max_receive_message_length", n)]``.

    Use it as a context manager (``with connect(...) as channel:``) or call ``close()``.
    """
    if tls:
        credentials = grpc.ssl_channel_credentials(root_certificates=root_certificates)
        channel = grpc.secure_channel(target, credentials, options=options)
    else:
        if root_certificates is not None:
            raise ValueError("root_certificates requires tls=True")
        channel = grpc.insecure_channel(target, options=options)
    if api_key is None:
        return channel
    return grpc.intercept_channel(channel, BearerKeyInterceptor(api_key))


# --------------------------------------------------------------------------------------------
# Rich error details
# --------------------------------------------------------------------------------------------

@dataclass
class ErrorDetails:
    """The ``google.rpc.Status`` of a failed call, with its details unpacked.

    ``reason`` is the ``ErrorInfo`` reason: a ``pec.v1.ErrorReason`` name without the
    ``ERROR_REASON_`` prefix (e.g. ``"INVALID_FIELDS"``).
    """

    code: grpc.StatusCode
    message: str
    error_info: Optional[error_details_pb2.ErrorInfo] = None
    bad_request: Optional[error_details_pb2.BadRequest] = None
    localized_messages: List[error_details_pb2.LocalizedMessage] = field(default_factory=list)
    retry_info: Optional[error_details_pb2.RetryInfo] = None
    #: Every detail, unpacked when its type is a known ``google.rpc`` one, else the raw ``Any``.
    details: List[ProtoMessage] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return self.error_info.reason if self.error_info is not None else ""

    @property
    def field_violations(self) -> List[error_details_pb2.BadRequest.FieldViolation]:
        return list(self.bad_request.field_violations) if self.bad_request is not None else []

    def violations_for(self, field_path: str) -> List[error_details_pb2.BadRequest.FieldViolation]:
        """The field violations on ``field_path`` (e.g. ``"codice_fiscale"``)."""
        return [v for v in self.field_violations if v.field == field_path]

    def localized_message(self, locale: str = "it-IT") -> Optional[error_details_pb2.LocalizedMessage]:
        """The ``LocalizedMessage`` for ``locale`` (or the same language), if any."""
        language = locale.split("-")[0].lower()
        exact = [m for m in self.localized_messages if m.locale.lower() == locale.lower()]
        same_language = [
            m for m in self.localized_messages if m.locale.split("-")[0].lower() == language
        ]
        found = exact or same_language
        return found[0] if found else None

    @property
    def message_it(self) -> str:
        """The Italian message meant for a member or a clerk ("" if the server sent none)."""
        localized = self.localized_message("it-IT")
        return localized.message if localized is not None else ""


_KNOWN_DETAILS = (
    error_details_pb2.ErrorInfo,
    error_details_pb2.BadRequest,
    error_details_pb2.LocalizedMessage,
    error_details_pb2.RetryInfo,
    error_details_pb2.DebugInfo,
    error_details_pb2.QuotaFailure,
    error_details_pb2.PreconditionFailure,
    error_details_pb2.ResourceInfo,
    error_details_pb2.RequestInfo,
    error_details_pb2.Help,
)


def _unpack(detail: any_pb2.Any) -> ProtoMessage:
    for cls in _KNOWN_DETAILS:
        if detail.Is(cls.DESCRIPTOR):
            unpacked = cls()
            detail.Unpack(unpacked)
            return unpacked
    return detail


def _status_of(rpc_error: grpc.RpcError) -> Optional[status_pb2.Status]:
    if isinstance(rpc_error, grpc.Call):
        # Sync stubs: grpcio-status checks that the trailer agrees with the call's status.
        return rpc_status.from_call(rpc_error)
    # grpc.aio.AioRpcError is not a grpc.Call; its trailers are available synchronously.
    trailing = getattr(rpc_error, "trailing_metadata", None)
    for key, value in (trailing() if callable(trailing) else None) or ():
        if key == _STATUS_DETAILS_KEY:
            return status_pb2.Status.FromString(value)
    return None


def error_details(rpc_error: grpc.RpcError) -> ErrorDetails:
    """Decodes the ``grpc-status-details-bin`` trailer of ``rpc_error``.

    Works with errors raised by sync stubs and by ``grpc.aio`` stubs. When the server sent no
    details (e.g. a proxy failed), the result carries only the code and message.
    """
    code = rpc_error.code() if callable(getattr(rpc_error, "code", None)) else grpc.StatusCode.UNKNOWN
    text = rpc_error.details() if callable(getattr(rpc_error, "details", None)) else str(rpc_error)
    result = ErrorDetails(code=code, message=text or "")
    status = _status_of(rpc_error)
    if status is None:
        return result
    result.message = status.message
    for detail in status.details:
        unpacked = _unpack(detail)
        result.details.append(unpacked)
        if isinstance(unpacked, error_details_pb2.ErrorInfo) and result.error_info is None:
            result.error_info = unpacked
        elif isinstance(unpacked, error_details_pb2.BadRequest):
            if result.bad_request is None:
                result.bad_request = error_details_pb2.BadRequest()
            result.bad_request.field_violations.extend(unpacked.field_violations)
        elif isinstance(unpacked, error_details_pb2.LocalizedMessage):
            result.localized_messages.append(unpacked)
        elif isinstance(unpacked, error_details_pb2.RetryInfo) and result.retry_info is None:
            result.retry_info = unpacked
    return result
