// Adds updates after load, as a live blog does; a test waits for the extension to check them.
const updates = [
  ['09:40', 'Rights group Viasna says over 1,200 political prisoners remain behind bars.'],
  ['10:05', 'This is the sixth round of pardons this year, bringing the total released to 190.'],
];
updates.forEach(([time, text], i) => {
  setTimeout(() => {
    const entry = document.createElement('div');
    entry.className = 'entry';
    const stamp = document.createElement('time');
    stamp.textContent = time;
    const body = document.createElement('p');
    body.textContent = text;
    entry.append(stamp, body);
    document.getElementById('feed').prepend(entry);
  }, 600 * (i + 1));
});
// the page's own code rewrites its oldest entry (24 men, eight women) later: marks on removed text must go with it
setTimeout(() => {
  const first = document.querySelector('#feed .entry:last-child p');
  first.textContent = 'Lukashenko has pardoned 32 political prisoners, state media report (updated).';
}, 2000);
