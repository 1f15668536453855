import { describe, expect, it } from 'vitest';
import { timelineSource } from './timelineSource';

describe('timelineSource', () => {
  it.each([
    [
      { url: 'https://youtu.be/x', credit: 'CNN' },
      { title: 'CNN', url: 'https://youtu.be/x' },
    ],
    [
      {
        url: '//farm8.staticflickr.com/a.jpg',
        credit: '<a href="http://flickr.com/p">Mitt Romney</a>/Flickr',
      },
      { title: 'Mitt Romney/Flickr', url: 'https://farm8.staticflickr.com/a.jpg' },
    ],
    [
      { url: '', credit: '<a href="https://tass.ru/a?x=1&amp;y=2">TASS</a>' },
      { title: 'TASS', url: 'https://tass.ru/a?x=1&y=2' },
    ],
    [
      { url: '<blockquote>“Words.”</blockquote>', credit: 'NYT' },
      { title: 'NYT', quote: '“Words.”' },
    ],
    [
      { url: '<iframe src="https://player.vimeo.com/1"></iframe>' },
      { title: 'player.vimeo.com', url: 'https://player.vimeo.com/1' },
    ],
    [
      { url: 'javascript:alert(1)', credit: 'x' },
      { title: 'x', url: 'javascript:alert(1)' },
    ],
    [
      { url: 'https://example.org/p.jpg', caption: 'A caption' },
      { title: 'A caption', url: 'https://example.org/p.jpg' },
    ],
  ])('%j is %j', (media, source) => {
    expect(timelineSource(media)).toEqual(source);
  });

  it('is null when the media says nothing', () => {
    expect(timelineSource({ url: '', credit: '', caption: '' })).toBeNull();
    expect(timelineSource(undefined)).toBeNull();
  });
});
