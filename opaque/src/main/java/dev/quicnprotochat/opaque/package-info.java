/// Root package of the `opaque` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.opaque;
