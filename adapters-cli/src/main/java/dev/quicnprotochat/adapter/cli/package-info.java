/// Root package of the `adapters-cli` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.adapter.cli;
