/// Key packages as the server stores them: single-use and last-resort (RFC 9420 §16.8), with their refs (§5.2).
package dev.quicnprotochat.domain.keypackage;
