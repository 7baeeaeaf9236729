from pecd_client.v1 import resources_pb2 as _resources_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateActivationRequestRequest(_message.Message):
    __slots__ = ("request_id", "codice_fiscale", "domain")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    codice_fiscale: str
    domain: str
    def __init__(self, request_id: _Optional[str] = ..., codice_fiscale: _Optional[str] = ..., domain: _Optional[str] = ...) -> None: ...

class CreateActivationRequestResponse(_message.Message):
    __slots__ = ("activation_request",)
    ACTIVATION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    activation_request: _resources_pb2.ActivationRequest
    def __init__(self, activation_request: _Optional[_Union[_resources_pb2.ActivationRequest, _Mapping]] = ...) -> None: ...

class BatchCreateActivationRequestsRequest(_message.Message):
    __slots__ = ("requests",)
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    requests: _containers.RepeatedCompositeFieldContainer[CreateActivationRequestRequest]
    def __init__(self, requests: _Optional[_Iterable[_Union[CreateActivationRequestRequest, _Mapping]]] = ...) -> None: ...

class BatchCreateActivationRequestsResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[BatchCreateActivationRequestsResult]
    def __init__(self, results: _Optional[_Iterable[_Union[BatchCreateActivationRequestsResult, _Mapping]]] = ...) -> None: ...

class BatchCreateActivationRequestsResult(_message.Message):
    __slots__ = ("activation_request", "error")
    ACTIVATION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    activation_request: _resources_pb2.ActivationRequest
    error: _resources_pb2.RowError
    def __init__(self, activation_request: _Optional[_Union[_resources_pb2.ActivationRequest, _Mapping]] = ..., error: _Optional[_Union[_resources_pb2.RowError, _Mapping]] = ...) -> None: ...

class GetActivationRequestRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetActivationRequestResponse(_message.Message):
    __slots__ = ("activation_request",)
    ACTIVATION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    activation_request: _resources_pb2.ActivationRequest
    def __init__(self, activation_request: _Optional[_Union[_resources_pb2.ActivationRequest, _Mapping]] = ...) -> None: ...

class ListActivationRequestsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "ordine_code", "state", "codice_fiscale")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    ordine_code: str
    state: _resources_pb2.ActivationState
    codice_fiscale: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., ordine_code: _Optional[str] = ..., state: _Optional[_Union[_resources_pb2.ActivationState, str]] = ..., codice_fiscale: _Optional[str] = ...) -> None: ...

class ListActivationRequestsResponse(_message.Message):
    __slots__ = ("activation_requests", "next_page_token")
    ACTIVATION_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    activation_requests: _containers.RepeatedCompositeFieldContainer[_resources_pb2.ActivationRequest]
    next_page_token: str
    def __init__(self, activation_requests: _Optional[_Iterable[_Union[_resources_pb2.ActivationRequest, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelActivationRequestRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class CancelActivationRequestResponse(_message.Message):
    __slots__ = ("activation_request",)
    ACTIVATION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    activation_request: _resources_pb2.ActivationRequest
    def __init__(self, activation_request: _Optional[_Union[_resources_pb2.ActivationRequest, _Mapping]] = ...) -> None: ...

class ListAssignmentsRequest(_message.Message):
    __slots__ = ("codice_fiscale",)
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    codice_fiscale: str
    def __init__(self, codice_fiscale: _Optional[str] = ...) -> None: ...

class ListAssignmentsResponse(_message.Message):
    __slots__ = ("assignments",)
    ASSIGNMENTS_FIELD_NUMBER: _ClassVar[int]
    assignments: _containers.RepeatedCompositeFieldContainer[_resources_pb2.Assignment]
    def __init__(self, assignments: _Optional[_Iterable[_Union[_resources_pb2.Assignment, _Mapping]]] = ...) -> None: ...

class AcceptAssignmentRequest(_message.Message):
    __slots__ = ("activation_request_id", "codice_fiscale")
    ACTIVATION_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    activation_request_id: str
    codice_fiscale: str
    def __init__(self, activation_request_id: _Optional[str] = ..., codice_fiscale: _Optional[str] = ...) -> None: ...

class AcceptAssignmentResponse(_message.Message):
    __slots__ = ("activation_request", "mailbox")
    ACTIVATION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_FIELD_NUMBER: _ClassVar[int]
    activation_request: _resources_pb2.ActivationRequest
    mailbox: _resources_pb2.Mailbox
    def __init__(self, activation_request: _Optional[_Union[_resources_pb2.ActivationRequest, _Mapping]] = ..., mailbox: _Optional[_Union[_resources_pb2.Mailbox, _Mapping]] = ...) -> None: ...

class DeclineAssignmentRequest(_message.Message):
    __slots__ = ("activation_request_id", "codice_fiscale", "reason")
    ACTIVATION_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    activation_request_id: str
    codice_fiscale: str
    reason: str
    def __init__(self, activation_request_id: _Optional[str] = ..., codice_fiscale: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class DeclineAssignmentResponse(_message.Message):
    __slots__ = ("activation_request",)
    ACTIVATION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    activation_request: _resources_pb2.ActivationRequest
    def __init__(self, activation_request: _Optional[_Union[_resources_pb2.ActivationRequest, _Mapping]] = ...) -> None: ...
