from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class RequestPasswordResetRequest(_message.Message):
    __slots__ = ("mailbox_address", "codice_fiscale", "partita_iva")
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    PARTITA_IVA_FIELD_NUMBER: _ClassVar[int]
    mailbox_address: str
    codice_fiscale: str
    partita_iva: str
    def __init__(self, mailbox_address: _Optional[str] = ..., codice_fiscale: _Optional[str] = ..., partita_iva: _Optional[str] = ...) -> None: ...

class RequestPasswordResetResponse(_message.Message):
    __slots__ = ("masked_email", "message_it")
    MASKED_EMAIL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_IT_FIELD_NUMBER: _ClassVar[int]
    masked_email: str
    message_it: str
    def __init__(self, masked_email: _Optional[str] = ..., message_it: _Optional[str] = ...) -> None: ...

class CompletePasswordResetRequest(_message.Message):
    __slots__ = ("token", "new_password")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    NEW_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    token: str
    new_password: str
    def __init__(self, token: _Optional[str] = ..., new_password: _Optional[str] = ...) -> None: ...

class CompletePasswordResetResponse(_message.Message):
    __slots__ = ("mailbox_address",)
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    mailbox_address: str
    def __init__(self, mailbox_address: _Optional[str] = ...) -> None: ...
