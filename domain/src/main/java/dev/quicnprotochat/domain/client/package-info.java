/// Values the client's use cases need beyond the stored client state: the account password that OPAQUE hardens
/// ([AccountPassword]) and the local notepad's fixed conversation ([Notepad]).
package dev.quicnprotochat.domain.client;
