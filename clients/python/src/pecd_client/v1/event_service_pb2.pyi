import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from pecd_client.v1 import contact_change_service_pb2 as _contact_change_service_pb2
from pecd_client.v1 import resources_pb2 as _resources_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EventKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_KIND_UNSPECIFIED: _ClassVar[EventKind]
    EVENT_KIND_MEMBER_CREATED: _ClassVar[EventKind]
    EVENT_KIND_MEMBER_UPDATED: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_CREATED: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_IN_PROGRESS: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_ASSIGNED: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_ACCEPTED: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_DECLINED: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_CANCELLED: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_FAILED: _ClassVar[EventKind]
    EVENT_KIND_ACTIVATION_REQUEST_EXPIRED: _ClassVar[EventKind]
    EVENT_KIND_MAILBOX_CREATED: _ClassVar[EventKind]
    EVENT_KIND_MAILBOX_ACTIVATED: _ClassVar[EventKind]
    EVENT_KIND_MAILBOX_SUSPENDED: _ClassVar[EventKind]
    EVENT_KIND_MAILBOX_REACTIVATED: _ClassVar[EventKind]
    EVENT_KIND_MAILBOX_CLOSED: _ClassVar[EventKind]
    EVENT_KIND_MAILBOX_UPDATED: _ClassVar[EventKind]
    EVENT_KIND_CONTACT_CHANGE_SUBMITTED: _ClassVar[EventKind]
    EVENT_KIND_CONTACT_CHANGE_APPROVED: _ClassVar[EventKind]
    EVENT_KIND_CONTACT_CHANGE_REJECTED: _ClassVar[EventKind]
    EVENT_KIND_CONTACT_CHANGE_CANCELLED: _ClassVar[EventKind]
EVENT_KIND_UNSPECIFIED: EventKind
EVENT_KIND_MEMBER_CREATED: EventKind
EVENT_KIND_MEMBER_UPDATED: EventKind
EVENT_KIND_ACTIVATION_REQUEST_CREATED: EventKind
EVENT_KIND_ACTIVATION_REQUEST_IN_PROGRESS: EventKind
EVENT_KIND_ACTIVATION_REQUEST_ASSIGNED: EventKind
EVENT_KIND_ACTIVATION_REQUEST_ACCEPTED: EventKind
EVENT_KIND_ACTIVATION_REQUEST_DECLINED: EventKind
EVENT_KIND_ACTIVATION_REQUEST_CANCELLED: EventKind
EVENT_KIND_ACTIVATION_REQUEST_FAILED: EventKind
EVENT_KIND_ACTIVATION_REQUEST_EXPIRED: EventKind
EVENT_KIND_MAILBOX_CREATED: EventKind
EVENT_KIND_MAILBOX_ACTIVATED: EventKind
EVENT_KIND_MAILBOX_SUSPENDED: EventKind
EVENT_KIND_MAILBOX_REACTIVATED: EventKind
EVENT_KIND_MAILBOX_CLOSED: EventKind
EVENT_KIND_MAILBOX_UPDATED: EventKind
EVENT_KIND_CONTACT_CHANGE_SUBMITTED: EventKind
EVENT_KIND_CONTACT_CHANGE_APPROVED: EventKind
EVENT_KIND_CONTACT_CHANGE_REJECTED: EventKind
EVENT_KIND_CONTACT_CHANGE_CANCELLED: EventKind

class WatchEventsRequest(_message.Message):
    __slots__ = ("cursor", "from_oldest", "kinds", "ordine_code")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    FROM_OLDEST_FIELD_NUMBER: _ClassVar[int]
    KINDS_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    from_oldest: bool
    kinds: _containers.RepeatedScalarFieldContainer[EventKind]
    ordine_code: str
    def __init__(self, cursor: _Optional[str] = ..., from_oldest: _Optional[bool] = ..., kinds: _Optional[_Iterable[_Union[EventKind, str]]] = ..., ordine_code: _Optional[str] = ...) -> None: ...

class WatchEventsResponse(_message.Message):
    __slots__ = ("event", "heartbeat")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    event: Event
    heartbeat: Heartbeat
    def __init__(self, event: _Optional[_Union[Event, _Mapping]] = ..., heartbeat: _Optional[_Union[Heartbeat, _Mapping]] = ...) -> None: ...

class Event(_message.Message):
    __slots__ = ("cursor", "kind", "time", "actor_key_id", "ordine_code", "previous_ordine_code", "member", "activation_request", "mailbox", "contact_change", "resource_id")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    ACTOR_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTIVATION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_FIELD_NUMBER: _ClassVar[int]
    CONTACT_CHANGE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    kind: EventKind
    time: _timestamp_pb2.Timestamp
    actor_key_id: str
    ordine_code: str
    previous_ordine_code: str
    member: _resources_pb2.Member
    activation_request: _resources_pb2.ActivationRequest
    mailbox: _resources_pb2.Mailbox
    contact_change: ContactChangeSummary
    resource_id: str
    def __init__(self, cursor: _Optional[str] = ..., kind: _Optional[_Union[EventKind, str]] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., actor_key_id: _Optional[str] = ..., ordine_code: _Optional[str] = ..., previous_ordine_code: _Optional[str] = ..., member: _Optional[_Union[_resources_pb2.Member, _Mapping]] = ..., activation_request: _Optional[_Union[_resources_pb2.ActivationRequest, _Mapping]] = ..., mailbox: _Optional[_Union[_resources_pb2.Mailbox, _Mapping]] = ..., contact_change: _Optional[_Union[ContactChangeSummary, _Mapping]] = ..., resource_id: _Optional[str] = ...) -> None: ...

class ContactChangeSummary(_message.Message):
    __slots__ = ("id", "mailbox_address", "state")
    ID_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    id: str
    mailbox_address: str
    state: _contact_change_service_pb2.ContactChangeState
    def __init__(self, id: _Optional[str] = ..., mailbox_address: _Optional[str] = ..., state: _Optional[_Union[_contact_change_service_pb2.ContactChangeState, str]] = ...) -> None: ...

class Heartbeat(_message.Message):
    __slots__ = ("cursor", "time")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    time: _timestamp_pb2.Timestamp
    def __init__(self, cursor: _Optional[str] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
