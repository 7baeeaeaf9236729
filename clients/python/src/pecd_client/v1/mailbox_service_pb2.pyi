from pecd_client.v1 import resources_pb2 as _resources_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetMailboxRequest(_message.Message):
    __slots__ = ("address",)
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    address: str
    def __init__(self, address: _Optional[str] = ...) -> None: ...

class GetMailboxResponse(_message.Message):
    __slots__ = ("mailbox",)
    MAILBOX_FIELD_NUMBER: _ClassVar[int]
    mailbox: _resources_pb2.Mailbox
    def __init__(self, mailbox: _Optional[_Union[_resources_pb2.Mailbox, _Mapping]] = ...) -> None: ...

class ListMailboxesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "ordine_code", "state", "codice_fiscale")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    ordine_code: str
    state: _resources_pb2.MailboxState
    codice_fiscale: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., ordine_code: _Optional[str] = ..., state: _Optional[_Union[_resources_pb2.MailboxState, str]] = ..., codice_fiscale: _Optional[str] = ...) -> None: ...

class ListMailboxesResponse(_message.Message):
    __slots__ = ("mailboxes", "next_page_token")
    MAILBOXES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    mailboxes: _containers.RepeatedCompositeFieldContainer[_resources_pb2.Mailbox]
    next_page_token: str
    def __init__(self, mailboxes: _Optional[_Iterable[_Union[_resources_pb2.Mailbox, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class SuspendMailboxRequest(_message.Message):
    __slots__ = ("address", "note")
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    address: str
    note: str
    def __init__(self, address: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class SuspendMailboxResponse(_message.Message):
    __slots__ = ("mailbox",)
    MAILBOX_FIELD_NUMBER: _ClassVar[int]
    mailbox: _resources_pb2.Mailbox
    def __init__(self, mailbox: _Optional[_Union[_resources_pb2.Mailbox, _Mapping]] = ...) -> None: ...

class ReactivateMailboxRequest(_message.Message):
    __slots__ = ("address",)
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    address: str
    def __init__(self, address: _Optional[str] = ...) -> None: ...

class ReactivateMailboxResponse(_message.Message):
    __slots__ = ("mailbox",)
    MAILBOX_FIELD_NUMBER: _ClassVar[int]
    mailbox: _resources_pb2.Mailbox
    def __init__(self, mailbox: _Optional[_Union[_resources_pb2.Mailbox, _Mapping]] = ...) -> None: ...

class CloseMailboxRequest(_message.Message):
    __slots__ = ("address", "note")
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    address: str
    note: str
    def __init__(self, address: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class CloseMailboxResponse(_message.Message):
    __slots__ = ("mailbox",)
    MAILBOX_FIELD_NUMBER: _ClassVar[int]
    mailbox: _resources_pb2.Mailbox
    def __init__(self, mailbox: _Optional[_Union[_resources_pb2.Mailbox, _Mapping]] = ...) -> None: ...
