/// Root package of the `adapters-quic` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.adapter.quic;
