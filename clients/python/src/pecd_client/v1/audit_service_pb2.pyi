import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AuditTargetType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUDIT_TARGET_TYPE_UNSPECIFIED: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_MEMBER: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_MAILBOX: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_ACTIVATION_REQUEST: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_CONTACT_CHANGE: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_API_KEY: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_ORDINE: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_NOTIFICATION: _ClassVar[AuditTargetType]
    AUDIT_TARGET_TYPE_METHOD: _ClassVar[AuditTargetType]
AUDIT_TARGET_TYPE_UNSPECIFIED: AuditTargetType
AUDIT_TARGET_TYPE_MEMBER: AuditTargetType
AUDIT_TARGET_TYPE_MAILBOX: AuditTargetType
AUDIT_TARGET_TYPE_ACTIVATION_REQUEST: AuditTargetType
AUDIT_TARGET_TYPE_CONTACT_CHANGE: AuditTargetType
AUDIT_TARGET_TYPE_API_KEY: AuditTargetType
AUDIT_TARGET_TYPE_ORDINE: AuditTargetType
AUDIT_TARGET_TYPE_NOTIFICATION: AuditTargetType
AUDIT_TARGET_TYPE_METHOD: AuditTargetType

class ListAuditEventsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "target_type", "target_id", "actor_key_id", "action", "start_time", "end_time", "ordine_code", "security_only")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    SECURITY_ONLY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    target_type: AuditTargetType
    target_id: str
    actor_key_id: str
    action: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    ordine_code: str
    security_only: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., target_type: _Optional[_Union[AuditTargetType, str]] = ..., target_id: _Optional[str] = ..., actor_key_id: _Optional[str] = ..., action: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., ordine_code: _Optional[str] = ..., security_only: _Optional[bool] = ...) -> None: ...

class ListAuditEventsResponse(_message.Message):
    __slots__ = ("events", "next_page_token")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[AuditEvent]
    next_page_token: str
    def __init__(self, events: _Optional[_Iterable[_Union[AuditEvent, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class AuditEvent(_message.Message):
    __slots__ = ("id", "time", "actor_key_id", "actor_key_name", "actor_key_role", "action", "target_type", "target_id", "ordine_code", "details_json", "security_event")
    ID_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    ACTOR_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    ACTOR_KEY_ROLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_JSON_FIELD_NUMBER: _ClassVar[int]
    SECURITY_EVENT_FIELD_NUMBER: _ClassVar[int]
    id: str
    time: _timestamp_pb2.Timestamp
    actor_key_id: str
    actor_key_name: str
    actor_key_role: str
    action: str
    target_type: AuditTargetType
    target_id: str
    ordine_code: str
    details_json: str
    security_event: bool
    def __init__(self, id: _Optional[str] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., actor_key_id: _Optional[str] = ..., actor_key_name: _Optional[str] = ..., actor_key_role: _Optional[str] = ..., action: _Optional[str] = ..., target_type: _Optional[_Union[AuditTargetType, str]] = ..., target_id: _Optional[str] = ..., ordine_code: _Optional[str] = ..., details_json: _Optional[str] = ..., security_event: _Optional[bool] = ...) -> None: ...
