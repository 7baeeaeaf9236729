import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from pecd_client.v1 import resources_pb2 as _resources_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContactChangeState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_CHANGE_STATE_UNSPECIFIED: _ClassVar[ContactChangeState]
    CONTACT_CHANGE_STATE_DRAFT: _ClassVar[ContactChangeState]
    CONTACT_CHANGE_STATE_UNDER_REVIEW: _ClassVar[ContactChangeState]
    CONTACT_CHANGE_STATE_APPROVED: _ClassVar[ContactChangeState]
    CONTACT_CHANGE_STATE_REJECTED: _ClassVar[ContactChangeState]
    CONTACT_CHANGE_STATE_CANCELLED: _ClassVar[ContactChangeState]
    CONTACT_CHANGE_STATE_EXPIRED: _ClassVar[ContactChangeState]

class ContactChangeStep(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_CHANGE_STEP_UNSPECIFIED: _ClassVar[ContactChangeStep]
    CONTACT_CHANGE_STEP_HOLDER_DETAILS: _ClassVar[ContactChangeStep]
    CONTACT_CHANGE_STEP_IDENTITY_DOCUMENT: _ClassVar[ContactChangeStep]
    CONTACT_CHANGE_STEP_RECOVERY_EMAIL: _ClassVar[ContactChangeStep]
    CONTACT_CHANGE_STEP_VERIFY_RECOVERY_EMAIL: _ClassVar[ContactChangeStep]
    CONTACT_CHANGE_STEP_MOBILE_NUMBER: _ClassVar[ContactChangeStep]
    CONTACT_CHANGE_STEP_CONFIRM: _ClassVar[ContactChangeStep]
    CONTACT_CHANGE_STEP_VERIFY_MOBILE_NUMBER: _ClassVar[ContactChangeStep]

class DocumentSide(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOCUMENT_SIDE_UNSPECIFIED: _ClassVar[DocumentSide]
    DOCUMENT_SIDE_FRONT: _ClassVar[DocumentSide]
    DOCUMENT_SIDE_BACK: _ClassVar[DocumentSide]
CONTACT_CHANGE_STATE_UNSPECIFIED: ContactChangeState
CONTACT_CHANGE_STATE_DRAFT: ContactChangeState
CONTACT_CHANGE_STATE_UNDER_REVIEW: ContactChangeState
CONTACT_CHANGE_STATE_APPROVED: ContactChangeState
CONTACT_CHANGE_STATE_REJECTED: ContactChangeState
CONTACT_CHANGE_STATE_CANCELLED: ContactChangeState
CONTACT_CHANGE_STATE_EXPIRED: ContactChangeState
CONTACT_CHANGE_STEP_UNSPECIFIED: ContactChangeStep
CONTACT_CHANGE_STEP_HOLDER_DETAILS: ContactChangeStep
CONTACT_CHANGE_STEP_IDENTITY_DOCUMENT: ContactChangeStep
CONTACT_CHANGE_STEP_RECOVERY_EMAIL: ContactChangeStep
CONTACT_CHANGE_STEP_VERIFY_RECOVERY_EMAIL: ContactChangeStep
CONTACT_CHANGE_STEP_MOBILE_NUMBER: ContactChangeStep
CONTACT_CHANGE_STEP_CONFIRM: ContactChangeStep
CONTACT_CHANGE_STEP_VERIFY_MOBILE_NUMBER: ContactChangeStep
DOCUMENT_SIDE_UNSPECIFIED: DocumentSide
DOCUMENT_SIDE_FRONT: DocumentSide
DOCUMENT_SIDE_BACK: DocumentSide

class IdentityDocumentImage(_message.Message):
    __slots__ = ("side", "size_bytes", "width", "height", "sha256", "removed_metadata_segments")
    SIDE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    REMOVED_METADATA_SEGMENTS_FIELD_NUMBER: _ClassVar[int]
    side: DocumentSide
    size_bytes: int
    width: int
    height: int
    sha256: str
    removed_metadata_segments: int
    def __init__(self, side: _Optional[_Union[DocumentSide, str]] = ..., size_bytes: _Optional[int] = ..., width: _Optional[int] = ..., height: _Optional[int] = ..., sha256: _Optional[str] = ..., removed_metadata_segments: _Optional[int] = ...) -> None: ...

class ContactChange(_message.Message):
    __slots__ = ("id", "mailbox_address", "state", "next_step", "given_name", "family_name", "residence", "documents", "create_time", "expire_time", "recovery_email", "recovery_email_verified", "mobile_number", "mobile_number_verified", "submit_time", "due_time", "decide_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    NEXT_STEP_FIELD_NUMBER: _ClassVar[int]
    GIVEN_NAME_FIELD_NUMBER: _ClassVar[int]
    FAMILY_NAME_FIELD_NUMBER: _ClassVar[int]
    RESIDENCE_FIELD_NUMBER: _ClassVar[int]
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    RECOVERY_EMAIL_FIELD_NUMBER: _ClassVar[int]
    RECOVERY_EMAIL_VERIFIED_FIELD_NUMBER: _ClassVar[int]
    MOBILE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MOBILE_NUMBER_VERIFIED_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_TIME_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    DECIDE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    mailbox_address: str
    state: ContactChangeState
    next_step: ContactChangeStep
    given_name: str
    family_name: str
    residence: _resources_pb2.Residence
    documents: _containers.RepeatedCompositeFieldContainer[IdentityDocumentImage]
    create_time: _timestamp_pb2.Timestamp
    expire_time: _timestamp_pb2.Timestamp
    recovery_email: str
    recovery_email_verified: bool
    mobile_number: str
    mobile_number_verified: bool
    submit_time: _timestamp_pb2.Timestamp
    due_time: _timestamp_pb2.Timestamp
    decide_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., mailbox_address: _Optional[str] = ..., state: _Optional[_Union[ContactChangeState, str]] = ..., next_step: _Optional[_Union[ContactChangeStep, str]] = ..., given_name: _Optional[str] = ..., family_name: _Optional[str] = ..., residence: _Optional[_Union[_resources_pb2.Residence, _Mapping]] = ..., documents: _Optional[_Iterable[_Union[IdentityDocumentImage, _Mapping]]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recovery_email: _Optional[str] = ..., recovery_email_verified: _Optional[bool] = ..., mobile_number: _Optional[str] = ..., mobile_number_verified: _Optional[bool] = ..., submit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decide_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class StartContactChangeRequest(_message.Message):
    __slots__ = ("mailbox_address", "codice_fiscale", "partita_iva", "captcha_token", "remote_ip")
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    PARTITA_IVA_FIELD_NUMBER: _ClassVar[int]
    CAPTCHA_TOKEN_FIELD_NUMBER: _ClassVar[int]
    REMOTE_IP_FIELD_NUMBER: _ClassVar[int]
    mailbox_address: str
    codice_fiscale: str
    partita_iva: str
    captcha_token: str
    remote_ip: str
    def __init__(self, mailbox_address: _Optional[str] = ..., codice_fiscale: _Optional[str] = ..., partita_iva: _Optional[str] = ..., captcha_token: _Optional[str] = ..., remote_ip: _Optional[str] = ...) -> None: ...

class StartContactChangeResponse(_message.Message):
    __slots__ = ("change", "change_secret")
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    change_secret: str
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ..., change_secret: _Optional[str] = ...) -> None: ...

class SetHolderDetailsRequest(_message.Message):
    __slots__ = ("change_id", "change_secret", "given_name", "family_name", "residence")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    GIVEN_NAME_FIELD_NUMBER: _ClassVar[int]
    FAMILY_NAME_FIELD_NUMBER: _ClassVar[int]
    RESIDENCE_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    given_name: str
    family_name: str
    residence: _resources_pb2.Residence
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ..., given_name: _Optional[str] = ..., family_name: _Optional[str] = ..., residence: _Optional[_Union[_resources_pb2.Residence, _Mapping]] = ...) -> None: ...

class SetHolderDetailsResponse(_message.Message):
    __slots__ = ("change",)
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ...) -> None: ...

class UploadIdentityDocumentRequest(_message.Message):
    __slots__ = ("header", "chunk")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    header: UploadHeader
    chunk: bytes
    def __init__(self, header: _Optional[_Union[UploadHeader, _Mapping]] = ..., chunk: _Optional[bytes] = ...) -> None: ...

class UploadHeader(_message.Message):
    __slots__ = ("change_id", "change_secret", "side")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    side: DocumentSide
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ..., side: _Optional[_Union[DocumentSide, str]] = ...) -> None: ...

class UploadIdentityDocumentResponse(_message.Message):
    __slots__ = ("document", "change")
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    document: IdentityDocumentImage
    change: ContactChange
    def __init__(self, document: _Optional[_Union[IdentityDocumentImage, _Mapping]] = ..., change: _Optional[_Union[ContactChange, _Mapping]] = ...) -> None: ...

class GetContactChangeRequest(_message.Message):
    __slots__ = ("change_id", "change_secret")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ...) -> None: ...

class GetContactChangeResponse(_message.Message):
    __slots__ = ("change",)
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ...) -> None: ...

class SetRecoveryEmailRequest(_message.Message):
    __slots__ = ("change_id", "change_secret", "recovery_email")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    RECOVERY_EMAIL_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    recovery_email: str
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ..., recovery_email: _Optional[str] = ...) -> None: ...

class SetRecoveryEmailResponse(_message.Message):
    __slots__ = ("change", "masked_email")
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    MASKED_EMAIL_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    masked_email: str
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ..., masked_email: _Optional[str] = ...) -> None: ...

class VerifyRecoveryEmailRequest(_message.Message):
    __slots__ = ("change_id", "change_secret", "code")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    code: str
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ..., code: _Optional[str] = ...) -> None: ...

class VerifyRecoveryEmailResponse(_message.Message):
    __slots__ = ("change",)
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ...) -> None: ...

class SetMobileNumberRequest(_message.Message):
    __slots__ = ("change_id", "change_secret", "mobile_number")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    MOBILE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    mobile_number: str
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ..., mobile_number: _Optional[str] = ...) -> None: ...

class SetMobileNumberResponse(_message.Message):
    __slots__ = ("change",)
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ...) -> None: ...

class ConfirmContactChangeRequest(_message.Message):
    __slots__ = ("change_id", "change_secret")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ...) -> None: ...

class ConfirmContactChangeResponse(_message.Message):
    __slots__ = ("change", "masked_mobile_number")
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    MASKED_MOBILE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    masked_mobile_number: str
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ..., masked_mobile_number: _Optional[str] = ...) -> None: ...

class VerifyMobileNumberRequest(_message.Message):
    __slots__ = ("change_id", "change_secret", "code")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    code: str
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ..., code: _Optional[str] = ...) -> None: ...

class VerifyMobileNumberResponse(_message.Message):
    __slots__ = ("change", "message_it")
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_IT_FIELD_NUMBER: _ClassVar[int]
    change: ContactChange
    message_it: str
    def __init__(self, change: _Optional[_Union[ContactChange, _Mapping]] = ..., message_it: _Optional[str] = ...) -> None: ...

class ResendVerificationCodeRequest(_message.Message):
    __slots__ = ("change_id", "change_secret")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SECRET_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    change_secret: str
    def __init__(self, change_id: _Optional[str] = ..., change_secret: _Optional[str] = ...) -> None: ...

class ResendVerificationCodeResponse(_message.Message):
    __slots__ = ("step",)
    STEP_FIELD_NUMBER: _ClassVar[int]
    step: ContactChangeStep
    def __init__(self, step: _Optional[_Union[ContactChangeStep, str]] = ...) -> None: ...

class CancelContactChangeRequest(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: str
    def __init__(self, token: _Optional[str] = ...) -> None: ...

class CancelContactChangeResponse(_message.Message):
    __slots__ = ("mailbox_address", "message_it")
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_IT_FIELD_NUMBER: _ClassVar[int]
    mailbox_address: str
    message_it: str
    def __init__(self, mailbox_address: _Optional[str] = ..., message_it: _Optional[str] = ...) -> None: ...
