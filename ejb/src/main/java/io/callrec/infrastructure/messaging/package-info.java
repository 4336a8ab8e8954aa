/** JMS: conversion, mail and export requests out, and the message-driven beans that take them in. */
package io.callrec.infrastructure.messaging;
