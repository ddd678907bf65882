// An infinite-scroll feed: entries arrive in bursts after load (?all: all of them at once, before the extension reads
// the page), so a test can compare the marks of the grown page with those of the same page read whole at first.
const entries = [
  ['09:25', 'According to the announcement, 24 men and eight women are among those freed.'],
  ['09:40', 'Rights group Viasna says over 1,200 political prisoners remain behind bars.'],
  ['09:55', 'Among them are 5 people with disabilities, the pardon office added.'],
  ['10:05', 'This is the sixth round of pardons this year, bringing the total released to 190.'],
  ['10:20', 'Relatives of the 32 waited outside the colony gates for most of the day.'],
  ['10:35', 'Opposition figures abroad said at least 1,300 people are still held for their views.'],
];
function add([time, text]) {
  const entry = document.createElement('article');
  entry.innerHTML = '<time></time> <p></p><div class="share"><a href="#">Share</a></div>';
  entry.querySelector('time').textContent = time;
  entry.querySelector('p').textContent = text;
  document.getElementById('feed').append('\n    ', entry);
}
if (location.search.includes('all')) entries.forEach(add);
else entries.forEach((entry, i) => setTimeout(() => add(entry), 700 * (i + 1)));
