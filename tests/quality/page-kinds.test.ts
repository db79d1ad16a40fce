import { expect, test } from 'vitest';
import { pageKinds } from '../../tools/bench/page-kinds.ts';

test('entry pages are grouped by kind, while fixed pages and facet folders keep their own kinds', () => {
  const kinds = pageKinds([
    '/',
    '/404.html',
    '/bulletins/',
    '/bulletins/2015-02/',
    '/bulletins/2015-03/',
    '/bulletins/2015-02/print/',
    '/items/',
    '/items/late/',
    '/items/fengjia-ganghua/',
    '/items/guojia-yangshuizhan/',
    '/items/unit/',
    '/items/unit/canlian/',
    '/items/unit/zhujianju/',
    '/villages/xigouzi/',
  ]);
  expect([...kinds.keys()].sort()).toEqual([
    '/',
    '/404.html',
    '/bulletins/',
    '/bulletins/*/',
    '/bulletins/*/*/',
    '/items/',
    '/items/*/',
    '/items/late/',
    '/items/unit/',
    '/items/unit/*/',
    '/villages/*/',
  ]);
  expect(kinds.get('/items/*/')).toEqual(['/items/fengjia-ganghua/', '/items/guojia-yangshuizhan/']);
});
