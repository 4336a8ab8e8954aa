/** JMS: conversion and mail requests out, and the message-driven beans that take them in. */
package io.callrec.infrastructure.messaging;
