package dev.quicnprotochat.opaque.crypto;

/// An element of a [PrimeOrderGroup]; only the group that made it can operate on it.
public sealed interface GroupElement permits RistrettoPoint, P256Element {}
