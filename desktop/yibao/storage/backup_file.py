"""Backup files that leave the data folder (another computer, a USB stick, a cloud drive).

A backup saved "to a file" is either a plain SQLite backup (the same as the ones in the
backup folder) or, with a password, an encrypted file:

``magic (8) | version (1) | log2 n (1) | r (1) | p (1) | salt (16) | nonce (12) | ciphertext``

The key comes from the password through scrypt (RFC 7914), the data is sealed with AES-256-GCM
(authenticated: a wrong password or any changed byte is detected, never half-read); the header
is the associated data, so its parameters can't be altered either. Both come from PyCA
``cryptography``. Reading checks everything (decryption, SQLite integrity, schema) into a
private temporary file before the caller touches the current data.
"""

from __future__ import annotations

import secrets
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from yibao.paths import write_private_file
from yibao.storage.backup import STALE_PARTIAL_SECONDS, backup_database, verify_backup

MAGIC: Final = b"YIBAOBAK"
VERSION: Final = 1
#: scrypt cost: 2**15 × 8 × 1 (≈ 32 MiB, a quarter of a second here); stored in each file
SCRYPT_LOG2_N: Final = 15
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
_HEADER = struct.Struct(">8sBBBB16s12s")
#: a bigger file is not one of ours (a household's data is a few MiB)
MAX_FILE_BYTES: Final = 512 * 1024 * 1024
#: scrypt parameters accepted when reading (so a crafted header can't exhaust memory)
_MAX_LOG2_N: Final = 20


class PasswordNeeded(Exception):
    """The file is encrypted and no password was given."""


class WrongPassword(Exception):
    """The password doesn't open the file (or the encrypted file was changed)."""


class NotABackup(Exception):
    """The file is neither a Yibao backup nor an encrypted Yibao backup file."""


@dataclass(frozen=True, slots=True)
class OpenedFile:
    """A checked, decrypted copy of a backup file; :meth:`discard` removes it."""

    path: Path
    revision: str
    encrypted: bool

    def discard(self) -> None:
        shutil.rmtree(self.path.parent, ignore_errors=True)


def is_encrypted(path: Path) -> bool:
    with Path(path).open("rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p)
    return kdf.derive(password.encode("utf-8"))


def encrypt(data: bytes, password: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    header = _HEADER.pack(MAGIC, VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    key = _key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def decrypt(blob: bytes, password: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(blob) < _HEADER.size + 16:
        raise NotABackup("too short")
    header = blob[: _HEADER.size]
    magic, version, log2_n, r, p, salt, nonce = _HEADER.unpack(header)
    if magic != MAGIC:
        raise NotABackup("no magic")
    if version != VERSION or not (10 <= log2_n <= _MAX_LOG2_N) or not (1 <= r <= 16):
        raise NotABackup(f"unsupported parameters {version}/{log2_n}/{r}/{p}")
    if not (1 <= p <= 4):
        raise NotABackup(f"unsupported parameters {version}/{log2_n}/{r}/{p}")
    key = _key(password, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, blob[_HEADER.size :], header)
    except InvalidTag:
        raise WrongPassword() from None


_WORK_PREFIX: Final = ".yibao-file-"


def _work_dir(beside: Path) -> Path:
    """A private folder for the plain copy, inside the data folder (never the system temp);
    folders left by an earlier run that was killed are removed first, once they are older than
    :data:`~yibao.storage.backup.STALE_PARTIAL_SECONDS` (a second running copy may be using a
    fresh one), the same rule as for partial backups."""
    import time

    beside.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for stale in beside.glob(_WORK_PREFIX + "*"):
        try:
            old = now - stale.stat().st_mtime > STALE_PARTIAL_SECONDS
        except OSError:
            continue
        if old:
            shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=_WORK_PREFIX, dir=beside))


def export_backup(db_path: Path, target: Path, password: str | None = None) -> int:
    """Save a consistent copy of the database to ``target`` (encrypted when a password is
    given); returns the size written. Nothing is left behind on failure."""
    work = _work_dir(Path(db_path).parent)
    try:
        snapshot = backup_database(db_path, work, "manual").path
        data = snapshot.read_bytes()
        if password:
            data = encrypt(data, password)
        write_private_file(Path(target), data)
        return len(data)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def open_backup_file(source: Path, work_dir: Path, password: str | None = None) -> OpenedFile:
    """Check ``source`` completely and return a private decrypted copy of it in ``work_dir``
    (the data folder).

    Raises :class:`PasswordNeeded`, :class:`WrongPassword`, :class:`NotABackup`, or
    :class:`~yibao.storage.backup.InvalidBackup` (damaged, or from a newer version).
    """
    source = Path(source)
    size = source.stat().st_size
    if size > MAX_FILE_BYTES:
        raise NotABackup(f"{size} bytes")
    blob = source.read_bytes()
    encrypted = blob.startswith(MAGIC)
    if encrypted:
        if not password:
            raise PasswordNeeded()
        blob = decrypt(blob, password)
    work = _work_dir(Path(work_dir))
    try:
        copy = work / "backup.sqlite3"
        write_private_file(copy, blob)
        revision = verify_backup(copy)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return OpenedFile(copy, revision, encrypted)
