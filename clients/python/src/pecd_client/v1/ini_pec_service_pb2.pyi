import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IniPecExportMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INI_PEC_EXPORT_MODE_UNSPECIFIED: _ClassVar[IniPecExportMode]
    INI_PEC_EXPORT_MODE_SINCE_LAST: _ClassVar[IniPecExportMode]
    INI_PEC_EXPORT_MODE_FULL: _ClassVar[IniPecExportMode]
    INI_PEC_EXPORT_MODE_AGAIN: _ClassVar[IniPecExportMode]
INI_PEC_EXPORT_MODE_UNSPECIFIED: IniPecExportMode
INI_PEC_EXPORT_MODE_SINCE_LAST: IniPecExportMode
INI_PEC_EXPORT_MODE_FULL: IniPecExportMode
INI_PEC_EXPORT_MODE_AGAIN: IniPecExportMode

class ExportIniPecRequest(_message.Message):
    __slots__ = ("ordine_code", "mode", "export_id")
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    EXPORT_ID_FIELD_NUMBER: _ClassVar[int]
    ordine_code: str
    mode: IniPecExportMode
    export_id: str
    def __init__(self, ordine_code: _Optional[str] = ..., mode: _Optional[_Union[IniPecExportMode, str]] = ..., export_id: _Optional[str] = ...) -> None: ...

class IniPecExport(_message.Message):
    __slots__ = ("id", "ordine_code", "mode", "create_time", "row_count", "inserted_count", "updated_count", "deleted_count", "size_bytes", "sha256", "resent")
    ID_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ROW_COUNT_FIELD_NUMBER: _ClassVar[int]
    INSERTED_COUNT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_COUNT_FIELD_NUMBER: _ClassVar[int]
    DELETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    RESENT_FIELD_NUMBER: _ClassVar[int]
    id: str
    ordine_code: str
    mode: IniPecExportMode
    create_time: _timestamp_pb2.Timestamp
    row_count: int
    inserted_count: int
    updated_count: int
    deleted_count: int
    size_bytes: int
    sha256: str
    resent: bool
    def __init__(self, id: _Optional[str] = ..., ordine_code: _Optional[str] = ..., mode: _Optional[_Union[IniPecExportMode, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., row_count: _Optional[int] = ..., inserted_count: _Optional[int] = ..., updated_count: _Optional[int] = ..., deleted_count: _Optional[int] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., resent: _Optional[bool] = ...) -> None: ...

class ExportIniPecResponse(_message.Message):
    __slots__ = ("export", "csv_chunk")
    EXPORT_FIELD_NUMBER: _ClassVar[int]
    CSV_CHUNK_FIELD_NUMBER: _ClassVar[int]
    export: IniPecExport
    csv_chunk: bytes
    def __init__(self, export: _Optional[_Union[IniPecExport, _Mapping]] = ..., csv_chunk: _Optional[bytes] = ...) -> None: ...
