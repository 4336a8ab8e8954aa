/* The in-page player: after Play has put a new <audio> element in the page, start it (a browser that
   refuses to start without a gesture leaves the controls to the user) and move the focus to it, so a
   keyboard user lands on the player's controls. */
window.callrec = window.callrec || {};
window.callrec.play = function () {
  var audio = document.getElementById("audio");
  if (!audio) {
    return;
  }
  audio.focus();
  var started = audio.play();
  if (started && started.catch) {
    started.catch(function () { /* the user starts it with the controls */ });
  }
};
