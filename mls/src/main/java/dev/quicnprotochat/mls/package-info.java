/// Root package of the `mls` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.mls;
