from google.protobuf import field_mask_pb2 as _field_mask_pb2
from pecd_client.v1 import resources_pb2 as _resources_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateOrdineRequest(_message.Message):
    __slots__ = ("request_id", "ordine")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDINE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    ordine: _resources_pb2.Ordine
    def __init__(self, request_id: _Optional[str] = ..., ordine: _Optional[_Union[_resources_pb2.Ordine, _Mapping]] = ...) -> None: ...

class CreateOrdineResponse(_message.Message):
    __slots__ = ("ordine",)
    ORDINE_FIELD_NUMBER: _ClassVar[int]
    ordine: _resources_pb2.Ordine
    def __init__(self, ordine: _Optional[_Union[_resources_pb2.Ordine, _Mapping]] = ...) -> None: ...

class GetOrdineRequest(_message.Message):
    __slots__ = ("code",)
    CODE_FIELD_NUMBER: _ClassVar[int]
    code: str
    def __init__(self, code: _Optional[str] = ...) -> None: ...

class GetOrdineResponse(_message.Message):
    __slots__ = ("ordine",)
    ORDINE_FIELD_NUMBER: _ClassVar[int]
    ordine: _resources_pb2.Ordine
    def __init__(self, ordine: _Optional[_Union[_resources_pb2.Ordine, _Mapping]] = ...) -> None: ...

class ListOrdiniRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "adhering_only")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ADHERING_ONLY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    adhering_only: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., adhering_only: _Optional[bool] = ...) -> None: ...

class ListOrdiniResponse(_message.Message):
    __slots__ = ("ordini", "next_page_token")
    ORDINI_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ordini: _containers.RepeatedCompositeFieldContainer[_resources_pb2.Ordine]
    next_page_token: str
    def __init__(self, ordini: _Optional[_Iterable[_Union[_resources_pb2.Ordine, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateOrdineRequest(_message.Message):
    __slots__ = ("ordine", "update_mask")
    ORDINE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    ordine: _resources_pb2.Ordine
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, ordine: _Optional[_Union[_resources_pb2.Ordine, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateOrdineResponse(_message.Message):
    __slots__ = ("ordine",)
    ORDINE_FIELD_NUMBER: _ClassVar[int]
    ordine: _resources_pb2.Ordine
    def __init__(self, ordine: _Optional[_Union[_resources_pb2.Ordine, _Mapping]] = ...) -> None: ...

class UpsertMemberRequest(_message.Message):
    __slots__ = ("request_id", "member")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    member: _resources_pb2.Member
    def __init__(self, request_id: _Optional[str] = ..., member: _Optional[_Union[_resources_pb2.Member, _Mapping]] = ...) -> None: ...

class UpsertMemberResponse(_message.Message):
    __slots__ = ("member", "created")
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    member: _resources_pb2.Member
    created: bool
    def __init__(self, member: _Optional[_Union[_resources_pb2.Member, _Mapping]] = ..., created: _Optional[bool] = ...) -> None: ...

class SyncMembersRequest(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_resources_pb2.Member]
    def __init__(self, members: _Optional[_Iterable[_Union[_resources_pb2.Member, _Mapping]]] = ...) -> None: ...

class SyncMembersResponse(_message.Message):
    __slots__ = ("created", "updated", "unchanged", "rejected", "rejected_rows")
    CREATED_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    REJECTED_FIELD_NUMBER: _ClassVar[int]
    REJECTED_ROWS_FIELD_NUMBER: _ClassVar[int]
    created: int
    updated: int
    unchanged: int
    rejected: int
    rejected_rows: _containers.RepeatedCompositeFieldContainer[_resources_pb2.RowError]
    def __init__(self, created: _Optional[int] = ..., updated: _Optional[int] = ..., unchanged: _Optional[int] = ..., rejected: _Optional[int] = ..., rejected_rows: _Optional[_Iterable[_Union[_resources_pb2.RowError, _Mapping]]] = ...) -> None: ...

class GetMemberRequest(_message.Message):
    __slots__ = ("codice_fiscale",)
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    codice_fiscale: str
    def __init__(self, codice_fiscale: _Optional[str] = ...) -> None: ...

class GetMemberResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: _resources_pb2.Member
    def __init__(self, member: _Optional[_Union[_resources_pb2.Member, _Mapping]] = ...) -> None: ...

class ListMembersRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "ordine_code", "register_status")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    REGISTER_STATUS_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    ordine_code: str
    register_status: _resources_pb2.RegisterStatus
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., ordine_code: _Optional[str] = ..., register_status: _Optional[_Union[_resources_pb2.RegisterStatus, str]] = ...) -> None: ...

class ListMembersResponse(_message.Message):
    __slots__ = ("members", "next_page_token")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_resources_pb2.Member]
    next_page_token: str
    def __init__(self, members: _Optional[_Iterable[_Union[_resources_pb2.Member, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
