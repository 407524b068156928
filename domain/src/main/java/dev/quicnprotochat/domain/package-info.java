/// Root package of the `domain` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.domain;
