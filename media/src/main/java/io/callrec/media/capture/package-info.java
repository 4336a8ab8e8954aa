/**
 * Reading capture files packet by packet: file formats (classic pcap, pcapng), link layers
 * (Ethernet with VLAN tags, Linux SLL) and IPv4/UDP. Each concern is a separate small class so
 * that new formats and layers can be added without touching the others. Nothing here knows RTP.
 */
package io.callrec.media.capture;
