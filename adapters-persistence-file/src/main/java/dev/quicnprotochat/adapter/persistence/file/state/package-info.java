/// The client's local state on files (DESIGN.md §5, docs/client-state.md): a [StateDirectory] per profile and the
/// file adapters of the client-state ports built on it. Every file but the SQLCipher conversation database uses
/// one sealed-file format ([SealedFile]): Argon2id-derived key, ChaCha20-Poly1305, header as associated data.
package dev.quicnprotochat.adapter.persistence.file.state;
