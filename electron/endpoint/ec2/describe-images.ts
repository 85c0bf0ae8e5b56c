import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import type { DemoImage } from '../data/ec2-images';
import { AwsError } from '../http/aws-error';
import { el, wrap } from '../http/xml';
import { describeList, type Ec2List } from './describe-list';
import { listParam } from './query-lists';
import { tagSet } from './resource-xml';

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Image.html */
const imageXml = (i: DemoImage): string =>
  el('imageId', i.imageId) +
  el('imageLocation', `${DEMO_ACCOUNT_ID}/${i.name}`) +
  el('imageState', i.state) +
  el('imageOwnerId', DEMO_ACCOUNT_ID) +
  el('creationDate', i.creationDate) +
  el('isPublic', false) +
  el('architecture', i.architecture) +
  el('imageType', 'machine') +
  (i.windows ? el('platform', 'windows') : '') +
  el('name', i.name) +
  el('description', i.description) +
  el('rootDeviceType', 'ebs') +
  el('rootDeviceName', '/dev/xvda') +
  wrap(
    'blockDeviceMapping',
    wrap(
      'item',
      el('deviceName', '/dev/xvda') +
        wrap(
          'ebs',
          el('snapshotId', i.snapshotId) +
            el('volumeSize', i.volumeSize) +
            el('deleteOnTermination', true) +
            el('volumeType', 'gp3') +
            el('encrypted', i.encrypted),
        ),
    ),
  ) +
  el('virtualizationType', 'hvm') +
  el('hypervisor', 'xen') +
  el('enaSupport', true) +
  el('platformDetails', i.windows ? 'Windows' : 'Linux/UNIX') +
  el('usageOperation', i.windows ? 'RunInstances:0002' : 'RunInstances') +
  tagSet(i.tags);

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html (5..1000) */
const imageList: Ec2List<DemoImage> = {
  setName: 'imagesSet',
  min: 5,
  max: 1000,
  over: 'refuse',
  xml: imageXml,
};

const OWN = new Set(['self', DEMO_ACCOUNT_ID]);

/**
 * DescribeImages over the account's own images: Owner self (or the account's id) lists them, any
 * other owner (amazon, aws-marketplace, another account) lists none, as the demo holds no
 * public images; without Owner, what the account can launch is its own images here too.
 */
export const describeImages = (
  form: URLSearchParams,
  region: string,
  images: readonly DemoImage[],
): string => {
  const owners = listParam(form, 'Owner');
  const ids = listParam(form, 'ImageId');
  if (ids.length > 0 && form.has('MaxResults')) {
    throw new AwsError(
      400,
      'InvalidParameterCombination',
      'The parameter imageIdsSet cannot be used with the parameter maxResults',
    );
  }
  const known = new Set(images.map((i) => i.imageId));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AwsError(
      400,
      'InvalidAMIID.NotFound',
      `The image id '[${missing.join(', ')}]' does not exist`,
    );
  }
  const wanted = new Set(ids);
  const mine = owners.length === 0 || owners.some((o) => OWN.has(o));
  const listed = images.filter((i) => mine && (ids.length === 0 || wanted.has(i.imageId)));
  return describeList(form, `${region}/images/${owners.join(',')}`, listed, imageList);
};
