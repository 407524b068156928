/// Root package of the `adapters-persistence-file` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.adapter.persistence.file;
