/// Root package of the `adapters-persistence-sql` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.adapter.persistence.sql;
